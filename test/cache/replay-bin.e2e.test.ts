/**
 * --cache through the built bin (bin/evt.js and the bundle): cold and warm runs print what an
 * uncached run prints, the warm report comes from the snapshot, and the cached runs neither block
 * on nor read a FIFO, a huge file or a link out of the repo (a hang is only seen from outside).
 * The in-process cases are in replay.test.ts.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { evtAsync, evtProcess as evtBin } from '../helpers/process.js';
import { copyFixture } from '../helpers/repo-copy.js';

const temps: string[] = [];
afterEach(() => temps.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function copyOf(fixture: string): string {
  const dir = copyFixture(fixture);
  temps.push(dir);
  return dir;
}

const TODAY = { EVT_TODAY: '2030-01-15' };
/** Every reporter in one run: each prints to stdout, one after the other. */
const ALL_FORMATS = ['text', 'json', 'sarif', 'github', 'junit', 'markdown'].flatMap((f) => ['--format', f]);

const snapshotFile = (dir: string, command = 'check') => path.join(dir, '.evt-cache', `evt-run-${command}.cache`);

function schemaFile(dir: string, pattern: RegExp): string {
  return path.join(
    dir,
    fs
      .readdirSync(dir, { recursive: true })
      .map(String)
      .find((f) => pattern.test(f.split(path.sep).join('/')))!,
  );
}

describe('--cache with the built bin', () => {
  it.each([
    ['versioned', 'check'],
    ['broken-schemas', 'lint'],
    ['broken-sync', 'diff'],
    ['configured', 'check'],
  ])('%s, evt %s: cold and warm print what an uncached run does, in every format', (fixture, command) => {
    const dir = copyOf(fixture);
    const args = [command, dir, ...ALL_FORMATS];
    const expected = evtBin(args, undefined, TODAY);
    expect(evtBin([...args, '--cache'], undefined, TODAY)).toEqual(expected);
    expect(evtBin([...args, '--cache'], undefined, TODAY)).toEqual(expected);
  });

  it('the warm report comes from the snapshot: a marker planted in it (with a valid checksum) is printed', () => {
    const dir = copyOf('versioned');
    evtBin(['check', dir, '--cache']);
    const file = snapshotFile(dir);
    const text = fs.readFileSync(file, 'utf8');
    const newline = text.indexOf('\n');
    const header = text.slice(0, newline).split(' ');
    const body = JSON.parse(text.slice(newline + 1));
    body.findings[0].message = 'PLANTED IN THE SNAPSHOT';
    const planted = JSON.stringify(body);
    fs.writeFileSync(
      file,
      `${[...header.slice(0, 3), createHash('sha1').update(planted).digest('hex')].join(' ')}\n${planted}`,
    );
    expect(evtBin(['check', dir, '--cache']).stdout).toContain('PLANTED IN THE SNAPSHOT');
    // any input change and the planted finding is gone
    fs.appendFileSync(schemaFile(dir, /boat\.booked-v2\.json$/), '\n');
    expect(evtBin(['check', dir, '--cache']).stdout).not.toContain('PLANTED');
  });

  it('a FIFO, a 3 GB sparse file and a link out of the repo: the cached runs neither block nor read them', async () => {
    const dir = copyOf('flat');
    execFileSync('mkfifo', [path.join(dir, 'schemas/order.piped.schema.json')]);
    fs.writeFileSync(path.join(dir, 'schemas/order.huge.schema.json'), '');
    fs.truncateSync(path.join(dir, 'schemas/order.huge.schema.json'), 3 * 1024 ** 3);
    fs.symlinkSync('/etc/passwd', path.join(dir, 'schemas/order.leaked.schema.json'));
    const args = ['lint', dir, '--format', 'json'];
    const once = async (extra: string[] = []) => {
      const { code, signal, stdout, stderr } = await evtAsync([...args, ...extra], { timeoutMs: 15_000 });
      expect(signal, 'evt was killed: it hung').toBeNull();
      return { code, stdout, stderr };
    };
    const expected = await once();
    expect(expected.stdout).toContain('schema-too-large');
    expect(expected.stdout).toContain('not a regular file');
    expect(await once(['--cache'])).toEqual(expected);
    expect(await once(['--cache'])).toEqual(expected);
  });
});
