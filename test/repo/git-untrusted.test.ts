/**
 * Issue 15 item 4: git must not run code from the repo's own config, and git's environment must
 * not point evt at another repository. Each case first shows that the setup does make git run the
 * planted command (so the test can fail), then that evt's git calls do not.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { changedFiles, changedSince } from '../../src/repo/git.js';
import { evt } from '../helpers/cli.js';
import { editJson, git, gitRepoFrom } from '../helpers/git.js';

const PAYLOAD = 'schemas/order.placed.schema.json';
const saved = { GIT_INDEX_FILE: process.env.GIT_INDEX_FILE };
afterEach(() => {
  for (const [name, value] of Object.entries(saved))
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
});

/** A command git would run, which leaves a marker file when it does. */
function plantedCommand(dir: string): { command: string; marker: string } {
  const marker = path.join(dir, '..', `${path.basename(dir)}-ran`);
  const script = path.join(dir, '..', `${path.basename(dir)}-hook.sh`);
  fs.writeFileSync(script, `#!/bin/sh\ntouch '${marker}'\ncat\n`, { mode: 0o755 });
  return { command: script, marker };
}

describe('git config that runs commands', () => {
  it('core.fsmonitor is never run by --changed --against', async () => {
    const dir = gitRepoFrom('flat');
    const { command, marker } = plantedCommand(dir);
    git(dir, 'config', 'core.fsmonitor', command);
    execFileSync('git', ['status', '--porcelain'], { cwd: dir });
    expect(fs.existsSync(marker)).toBe(true); // git itself runs it
    fs.rmSync(marker);

    editJson(path.join(dir, PAYLOAD), (json) => (json.description = 'edited'));
    const result = await evt(['check', dir, '--changed', '--against', 'HEAD', '--format', 'json']);
    expect(result.code).toBe(0);
    expect(fs.existsSync(marker)).toBe(false);
  });

  it('a clean filter is never run on stat-dirty files, and changes are still found', async () => {
    const dir = gitRepoFrom('flat');
    const { command, marker } = plantedCommand(dir);
    git(dir, 'config', 'filter.evil.clean', command);
    fs.writeFileSync(path.join(dir, '.gitattributes'), '*.json filter=evil\n');
    git(dir, 'add', '.gitattributes');
    git(dir, 'commit', '-q', '-m', 'attributes');
    fs.rmSync(marker, { force: true });
    const file = path.join(dir, PAYLOAD);
    const later = new Date(Date.now() + 5000);
    fs.utimesSync(file, later, later); // stat-dirty: git re-hashes it through the filter
    execFileSync('git', ['diff', '--name-only', 'HEAD'], { cwd: dir });
    expect(fs.existsSync(marker)).toBe(true);
    fs.rmSync(marker);
    fs.utimesSync(file, new Date(Date.now() + 9000), new Date(Date.now() + 9000));

    expect(await changedFiles(dir, 'HEAD')).toEqual([]);
    editJson(path.join(dir, 'schemas/review.approved.schema.json'), (json) => (json.description = 'edited'));
    expect(await changedFiles(dir, 'HEAD')).toEqual(['schemas/review.approved.schema.json']);
    expect(fs.existsSync(marker)).toBe(false);
  });
});

describe("git's environment", () => {
  it('GIT_INDEX_FILE outside the repository is ignored; inside its git dir it is read', async () => {
    const dir = gitRepoFrom('flat');
    const other = gitRepoFrom('versioned');
    const otherOnly = git(other, 'ls-files')
      .split('\n')
      .find((f) => f !== '' && !fs.existsSync(path.join(dir, f)))!;
    fs.writeFileSync(path.join(dir, 'schemas/extra.schema.json'), '{}\n');
    git(dir, 'add', 'schemas/extra.schema.json');
    // the other repo's index lacks the file: read through it, git would call the file untracked
    // a hook's own index inside .git (a partial commit's temporary index) holds the file; the
    // repository's index no longer does
    const partial = path.join(dir, '.git/next-index.lock');
    fs.copyFileSync(path.join(dir, '.git/index'), partial);
    git(dir, 'rm', '-q', '--cached', 'schemas/extra.schema.json');
    fs.writeFileSync(path.join(dir, '.gitignore'), 'schemas/extra.schema.json\n');

    process.env.GIT_INDEX_FILE = path.join(other, '.git/index');
    const outside = (await changedSince(dir, 'HEAD')).files;
    expect(outside).not.toContain(otherOnly);
    expect(outside).toContain('schemas/order.placed.schema.json');
    process.env.GIT_INDEX_FILE = partial;
    expect((await changedSince(dir, 'HEAD')).files).toContain('schemas/extra.schema.json');
  });
});
