/**
 * Properties of the CLI over generated repos (fast-check, bounded runs), run in-process through
 * `run` (the same function bin/evt.js calls, via test/helpers/cli.ts):
 * - `lint --format json` is deterministic: the same repo gives the same bytes whatever order its
 *   files were created in (directory listing order follows creation order on most file systems);
 * - `evt new` with a valid name, then `evt lint`, exits 0; an invalid name exits 2 and writes nothing.
 * (The diff properties live in test/diff/properties.test.ts.)
 */
import fc from 'fast-check';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkEventName } from '../../src/names/check.js';
import { presetConfig } from '../../src/repo/presets.js';
import { evt } from '../helpers/cli.js';
import { copyFixture } from '../helpers/repo-copy.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
const temp = (): string => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'evt-prop-'));
  dirs.push(dir);
  return dir;
};

const word = fc.stringMatching(/^[a-z]{1,6}$/);
/** File contents that cover clean, broken and hostile schemas, so findings of many rules appear. */
const content = fc.oneof(
  fc.constant('{"type": "object", "properties": {"id": {"type": "string"}}}'),
  fc.constant('{"type": "object",}'),
  fc.constant('{"a": 1, "a": 2}'),
  fc.constant(''),
  fc.constant('[]'),
  fc.constant('{"$ref": "missing.schema.json"}'),
  fc.constant('{"$schema": "https://example.com/meta", "title": "x.y"}'),
  word.map((w) => `{"title": "${w}.placed", "type": "object", "required": ["${w}"]}`),
);
const file = fc.record({
  name: fc.tuple(word, word, fc.constantFrom('', 'ed', '.v2')).map(([a, b, c]) => `${a}.${b}${c}`),
  yaml: fc.boolean(),
  content,
});
const repo = fc.uniqueArray(file, { minLength: 1, maxLength: 8, selector: (f) => f.name });

function write(root: string, files: Array<{ name: string; yaml: boolean; content: string }>, union: string[]): void {
  fs.mkdirSync(path.join(root, 'schemas'), { recursive: true });
  fs.mkdirSync(path.join(root, 'src'), { recursive: true });
  for (const f of files)
    fs.writeFileSync(path.join(root, 'schemas', `${f.name}.schema.${f.yaml ? 'yaml' : 'json'}`), f.content);
  fs.writeFileSync(
    path.join(root, 'src/event-types.ts'),
    `export type EventType =\n${union.map((n) => `  | '${n}'`).join('\n')};\n`,
  );
}

describe('lint output is deterministic', () => {
  it('same repo, same bytes, whatever the order the files were created in', async () => {
    await fc.assert(
      fc.asyncProperty(repo, fc.array(word, { maxLength: 3 }), fc.context(), async (files, extra, ctx) => {
        const union = [...files.slice(0, 2).map((f) => f.name), ...extra.map((w) => `${w}.added`)];
        const [a, b] = [temp(), temp()];
        write(a, files, union);
        write(b, [...files].reverse(), union);
        const [ra, rb] = [await evt(['lint', a, '--format', 'json']), await evt(['lint', b, '--format', 'json'])];
        ctx.log(ra.stdout);
        expect(rb).toEqual(ra);
        expect(ra.code).not.toBe(2);
      }),
      { numRuns: 100 },
    );
  });
});

// evt new refuses a name with any single-name problem, warnings (past tense) included
const naming = presetConfig('goodgo').naming;
const validName = fc
  .tuple(fc.stringMatching(/^[a-z][a-z0-9]{2,9}$/), fc.stringMatching(/^[a-z]{3,9}$/))
  .map(([noun, verb]) => `${noun}.${verb}ed`)
  .filter((n) => checkEventName(n, naming).length === 0);

describe('evt new then evt lint', () => {
  it('a valid new name: new exits 0, lint stays clean (exit 0)', async () => {
    await fc.assert(
      fc.asyncProperty(validName, async (name) => {
        const root = copyFixture('flat', temp());
        const created = await evt(['new', name, root]);
        expect([name, created.code, created.stderr]).toEqual([name, 0, '']);
        const lint = await evt(['lint', root, '--format', 'json']);
        expect([name, lint.code]).toEqual([name, 0]);
      }),
      { numRuns: 100 },
    );
  });

  it('an invalid name is refused with exit 2 and nothing is written', async () => {
    const root = copyFixture('flat', temp());
    const snapshot = () =>
      (fs.readdirSync(root, { recursive: true }) as string[])
        .sort()
        .map((f) => [f, fs.statSync(path.join(root, f)).isFile() ? fs.readFileSync(path.join(root, f), 'utf8') : '']);
    const before = snapshot();
    const invalid = fc
      .oneof(
        fc.string({ maxLength: 40 }),
        fc.constantFrom(
          '../x.y',
          'a/b.c',
          'A.B',
          'a..b',
          '.a.b',
          'a.b.',
          'order\\placed',
          'оrder.placed',
          'x'.repeat(300),
        ),
      )
      .filter((n) => n.length > 0 && !n.startsWith('-') && !n.includes('\0') && checkEventName(n, naming).length > 0);
    await fc.assert(
      fc.asyncProperty(invalid, async (name) => {
        const result = await evt(['new', name, root]);
        expect([name, result.code, result.stderr.split('\n').filter(Boolean).length <= 2]).toEqual([name, 2, true]);
      }),
      { numRuns: 150 },
    );
    expect(snapshot()).toEqual(before);
  });
});
