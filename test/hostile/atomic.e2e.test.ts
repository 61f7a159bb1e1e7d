/**
 * Interrupted writes never lose a user's work: every write is a temp file + rename in the same
 * directory, so a failure or a SIGKILL at any point leaves the old file or the new one, never a
 * torn one, and a temp file left behind is never read as a schema.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/util/atomic-write.js';
import { PROJECT_ROOT } from '../helpers/paths.js';
import { evtAsync } from '../helpers/process.js';
import { copyFixture } from '../helpers/repo-copy.js';
import { findingLines, tempDir } from './helpers.js';

const crash = { EVT_TEST_CRASH_BEFORE_RENAME: '1' };
const strays = (dir: string) =>
  (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => path.basename(f).endsWith('.tmp')).sort();

function copyRepo(name: string): string {
  return copyFixture(name, tempDir('evt-atomic-'));
}

describe('writeFileAtomic', () => {
  it('a failure before the rename keeps the old file and removes the temp file', () => {
    const dir = tempDir('evt-atomic-');
    const file = path.join(dir, 'evt.config.yaml');
    fs.writeFileSync(file, 'old\n');
    let seenTemp = '';
    expect(() =>
      writeFileAtomic(file, 'new\n', {
        beforeRename: (temp) => {
          seenTemp = temp;
          throw new Error('disk full');
        },
      }),
    ).toThrow('disk full');
    expect(fs.readFileSync(file, 'utf8')).toBe('old\n');
    expect(path.basename(seenTemp)).toMatch(/^\.evt\.config\.yaml\..*\.tmp$/);
    expect(fs.readdirSync(dir)).toEqual(['evt.config.yaml']);
  });

  it('exclusive: never replaces a file that appeared meanwhile', () => {
    const dir = tempDir('evt-atomic-');
    const file = path.join(dir, 'a.json');
    expect(() =>
      writeFileAtomic(file, 'new', { exclusive: true, beforeRename: () => fs.writeFileSync(file, 'theirs') }),
    ).toThrow(/EEXIST/);
    expect(fs.readFileSync(file, 'utf8')).toBe('theirs');
    expect(fs.readdirSync(dir)).toEqual(['a.json']);
  });
});

describe('SIGKILL between write and rename (EVT_TEST_CRASH_BEFORE_RENAME=1)', () => {
  it('evt init --force: the old config stays byte for byte; the stray temp file is a dot file evt never reads', async () => {
    const repo = copyRepo('configured');
    const before = fs.readFileSync(path.join(repo, 'evt.config.yaml'), 'utf8');
    const lintBefore = await evtAsync(['lint', repo, '--format', 'json']);
    const result = await evtAsync(['init', repo, '--force'], { env: crash });
    expect(result.signal).toBe('SIGKILL');
    expect(fs.readFileSync(path.join(repo, 'evt.config.yaml'), 'utf8')).toBe(before);
    expect(strays(repo)).toEqual([expect.stringMatching(/^\.evt\.config\.yaml\.\d+\.[0-9a-z]+\.tmp$/)]);
    const lintAfter = await evtAsync(['lint', repo, '--format', 'json']);
    expect([lintAfter.code, findingLines(lintAfter.stdout)]).toEqual([
      lintBefore.code,
      findingLines(lintBefore.stdout),
    ]);
  });

  it('evt init (no config yet): no config appears, and lint is unchanged', async () => {
    const repo = copyRepo('flat');
    const result = await evtAsync(['init', repo], { env: crash });
    expect(result.signal).toBe('SIGKILL');
    expect(fs.existsSync(path.join(repo, 'evt.config.yaml'))).toBe(false);
    expect(await evtAsync(['lint', repo])).toMatchObject({ code: 0, stdout: 'no findings\n' });
  });

  it('evt approve: the approvals file is absent or the old one, never torn', async () => {
    const repo = copyRepo('broken-union');
    const args = ['approve', repo, '--reason', 'migration', '--by', 'ops', '--expires', '2099-01-01'];
    expect((await evtAsync(args, { env: crash })).signal).toBe('SIGKILL');
    expect(fs.existsSync(path.join(repo, 'evt.approvals.yaml'))).toBe(false);
    expect((await evtAsync(args)).code).toBe(0);
    const written = fs.readFileSync(path.join(repo, 'evt.approvals.yaml'), 'utf8');
    // a second approval run killed mid-write leaves the first file intact
    fs.writeFileSync(
      path.join(repo, 'schemas/order.cancelled.schema.json'),
      fs.readFileSync(path.join(repo, 'schemas/order.placed.schema.json')),
    );
    expect((await evtAsync(args, { env: crash })).signal).toBe('SIGKILL');
    expect(fs.readFileSync(path.join(repo, 'evt.approvals.yaml'), 'utf8')).toBe(written);
  });

  it('lint --output: an interrupted report write leaves the previous report', async () => {
    const repo = copyRepo('broken-union');
    const out = path.join(repo, 'report.json');
    fs.writeFileSync(out, '{"previous": true}\n');
    expect((await evtAsync(['lint', repo, '--format', 'json', '--output', out], { env: crash })).signal).toBe(
      'SIGKILL',
    );
    expect(fs.readFileSync(out, 'utf8')).toBe('{"previous": true}\n');
  });
});

/** Spawns `evt new` and SIGKILLs it after `delayMs`. */
function killedNew(repo: string, name: string, delayMs: number): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'bin/evt.js'), 'new', name, repo], {
      stdio: 'ignore',
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
    child.on('close', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

describe('evt new killed at random moments', () => {
  it('every file is the old or the complete new version; nothing evt would read as a schema is left behind', async () => {
    const reference = copyRepo('versioned');
    expect((await evtAsync(['new', 'boat.repaired', reference])).code).toBe(0);
    const files = (dir: string) =>
      (fs.readdirSync(dir, { recursive: true }) as string[])
        .filter((f) => fs.statSync(path.join(dir, f)).isFile())
        .sort();
    const complete = new Map(files(reference).map((f) => [f, fs.readFileSync(path.join(reference, f), 'utf8')]));
    const original = copyRepo('versioned');
    const old = new Map(files(original).map((f) => [f, fs.readFileSync(path.join(original, f), 'utf8')]));
    // delays spread over process start-up, loading, planning and writing
    for (const delayMs of [60, 120, 160, 200, 230, 260, 290, 320, 360, 420, 500, 700]) {
      const repo = copyRepo('versioned');
      await killedNew(repo, 'boat.repaired', delayMs);
      for (const file of files(repo)) {
        const text = fs.readFileSync(path.join(repo, file), 'utf8');
        if (path.basename(file).startsWith('.')) continue; // temp, backup and lock files: dot files, never globbed
        expect([delayMs, file, text === old.get(file) || text === complete.get(file)]).toEqual([delayMs, file, true]);
      }
      const lint = await evtAsync(['lint', repo, '--format', 'json']);
      expect([delayMs, lint.code === 2 ? lint.stderr : 'ok']).toEqual([delayMs, 'ok']);
      expect(findingLines(lint.stdout).filter((l) => /\/\.|\.tmp|evt-backup/.test(l))).toEqual([]);
    }
  }, 60_000);
});
