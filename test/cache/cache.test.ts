import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { evt } from '../helpers/cli.js';
import { copyFixture } from '../helpers/repo-copy.js';

const temps: string[] = [];
afterEach(() => temps.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function copyOf(fixture: string): string {
  const dir = copyFixture(fixture);
  temps.push(dir);
  return dir;
}

const cacheFile = (dir: string) => path.join(dir, '.evt-cache', 'evt-cache.json');

describe('--cache', () => {
  it.each(['broken-schemas', 'broken-sync', 'broken-names', 'versioned', 'name-versioned'])(
    '%s: cold and warm runs report exactly what an uncached run does',
    async (fixture) => {
      const dir = copyOf(fixture);
      const plain = await evt(['check', dir, '--format', 'json']);
      const cold = await evt(['check', dir, '--format', 'json', '--cache']);
      expect(fs.existsSync(cacheFile(dir))).toBe(true);
      const warm = await evt(['check', dir, '--format', 'json', '--cache']);
      expect(cold).toEqual(plain);
      expect(warm).toEqual(plain);
    },
  );

  it('recomputes a changed file and pair, and drops entries when the config changes', async () => {
    const dir = copyOf('versioned');
    await evt(['check', dir, '--cache']);
    const file = fs
      .readdirSync(dir, { recursive: true })
      .map(String)
      .find((f) => /-v2\.json$/.test(f))!;
    const json = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
    json.properties = { ...json.properties, extra: { type: 'strng' } };
    json.required = [...(json.required ?? []), 'extra'];
    fs.writeFileSync(path.join(dir, file), JSON.stringify(json, null, 2));
    const warm = await evt(['check', dir, '--format', 'json', '--cache']);
    expect(warm).toEqual(await evt(['check', dir, '--format', 'json']));
    expect(warm.stdout).toContain('schema-meta-valid');
    fs.writeFileSync(path.join(dir, 'evt.config.yaml'), 'preset: sguild\nrules:\n  schema-meta-valid: off\n');
    const reconfigured = await evt(['check', dir, '--format', 'json', '--cache']);
    expect(reconfigured.stdout).not.toContain('schema-meta-valid');
    expect(reconfigured).toEqual(await evt(['check', dir, '--format', 'json']));
  });

  it('--cache-location puts the cache elsewhere; lint and diff share one file without dropping each other', async () => {
    const dir = copyOf('broken-sync');
    const location = path.join(dir, 'elsewhere');
    await evt(['lint', dir, '--cache-location', location]);
    await evt(['diff', dir, '--cache-location', location]);
    const stored = JSON.parse(fs.readFileSync(path.join(location, 'evt-cache.json'), 'utf8'));
    expect(Object.keys(stored.lint).length).toBeGreaterThan(0);
    expect(Object.keys(stored.diff).length).toBeGreaterThan(0);
    expect(fs.existsSync(cacheFile(dir))).toBe(false);
  });
});
