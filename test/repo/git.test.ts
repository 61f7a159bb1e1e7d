import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EvtError } from '../../src/model/errors.js';
import { changedFiles, openGitRevision } from '../../src/repo/git.js';

const ENV = {
  ...process.env,
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@example.invalid',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@example.invalid',
};
const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, env: ENV, encoding: 'utf8' }).trim();
const write = (root: string, file: string, text: string) => {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  fs.writeFileSync(path.join(root, file), text);
};

let base: string;
let repo: string;
let first: string;
const big = `${JSON.stringify({ items: Array.from({ length: 40_000 }, (_, i) => `item-${i}`) })}\n`;

/**
 * main:    v1 (tag) -- contracts/a.json, contracts/sub/b.yaml, a symlink, README.md
 *          then a.json changed, c.json and big.json added
 * feature: (from v1) d.json
 * work tree on main: a.json edited, b.yaml deleted, new untracked e.json, an ignored file
 */
beforeAll(() => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'evt-git-'));
  repo = path.join(base, 'repo');
  fs.mkdirSync(repo);
  git(repo, 'init', '-q', '-b', 'main');
  write(repo, 'contracts/a.json', '{"v":1}\n');
  write(repo, 'contracts/sub/b.yaml', 'type: object\n');
  write(repo, 'README.md', '# contracts\n');
  fs.symlinkSync('a.json', path.join(repo, 'contracts/link.json'));
  git(repo, 'add', '.');
  git(repo, 'commit', '-qm', 'first');
  git(repo, 'tag', 'v1');
  first = git(repo, 'rev-parse', 'HEAD');
  git(repo, 'checkout', '-qb', 'feature');
  write(repo, 'contracts/d.json', '{"d":true}\n');
  git(repo, 'add', '.');
  git(repo, 'commit', '-qm', 'feature');
  git(repo, 'checkout', '-q', 'main');
  write(repo, 'contracts/a.json', '{"v":2}\n');
  write(repo, 'contracts/c.json', '{"c":"é"}\n');
  write(repo, 'contracts/big.json', big);
  git(repo, 'add', '.');
  git(repo, 'commit', '-qm', 'second');
  write(repo, 'contracts/a.json', '{"v":3}\n');
  fs.rmSync(path.join(repo, 'contracts/sub/b.yaml'));
  write(repo, 'contracts/e.json', '{}\n');
  write(repo, '.gitignore', 'ignored.json\n');
  write(repo, 'contracts/ignored.json', '{}\n');
});

afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

async function withRevision<T>(
  root: string,
  ref: string,
  use: (rev: Awaited<ReturnType<typeof openGitRevision>>) => Promise<T>,
): Promise<T> {
  const rev = await openGitRevision(root, ref);
  try {
    return await use(rev);
  } finally {
    await rev.close();
  }
}

async function userError(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof EvtError) return `${error.message} | ${error.hint}`;
    throw error;
  }
  return 'no error';
}

describe('openGitRevision', () => {
  it('lists the regular files of a tag (no symlinks) and reads them from git objects', async () => {
    await withRevision(repo, 'v1', async (rev) => {
      expect(rev.commit).toBe(first);
      expect(rev.listFiles()).toEqual(['README.md', 'contracts/a.json', 'contracts/sub/b.yaml']);
      expect(await rev.readFile('contracts/a.json')).toBe('{"v":1}\n');
      expect(await rev.readFile('contracts/sub/b.yaml')).toBe('type: object\n');
    });
  });

  it('a branch, a commit, HEAD; files the revision lacks, directories and odd paths are undefined', async () => {
    await withRevision(repo, 'feature', async (rev) => {
      expect(rev.listFiles()).toEqual(['README.md', 'contracts/a.json', 'contracts/d.json', 'contracts/sub/b.yaml']);
      expect(await rev.readFile('contracts/d.json')).toBe('{"d":true}\n');
      expect(await rev.readFile('contracts/c.json')).toBeUndefined();
      expect(await rev.readFile('contracts/sub')).toBeUndefined();
      expect(await rev.readFile('../repo/README.md')).toBeUndefined();
      expect(await rev.readFile('a\nb')).toBeUndefined();
    });
    await withRevision(repo, first.slice(0, 12), async (rev) =>
      expect(await rev.readFile('contracts/a.json')).toBe('{"v":1}\n'),
    );
    // HEAD is the last commit, not the edited work tree
    await withRevision(repo, 'HEAD', async (rev) => expect(await rev.readFile('contracts/a.json')).toBe('{"v":2}\n'));
  });

  it('answers many concurrent reads in order through one cat-file process, large blobs whole', async () => {
    await withRevision(repo, 'main', async (rev) => {
      const paths = Array.from(
        { length: 300 },
        (_, i) => ['contracts/a.json', 'contracts/big.json', 'nope.json', 'contracts/c.json'][i % 4]!,
      );
      const texts = await Promise.all(paths.map((p) => rev.readFile(p)));
      expect(texts.map((t) => t?.length)).toEqual(
        paths.map(
          (p) =>
            ({
              'contracts/a.json': 8,
              'contracts/big.json': big.length,
              'nope.json': undefined,
              'contracts/c.json': 10,
            })[p],
        ),
      );
      expect(texts[1]).toBe(big);
      expect(texts[3]).toBe('{"c":"é"}\n');
    });
  });

  it('from a subdirectory of the work tree, paths are relative to it', async () => {
    await withRevision(path.join(repo, 'contracts'), 'v1', async (rev) => {
      expect(rev.listFiles()).toEqual(['a.json', 'sub/b.yaml']);
      expect(await rev.readFile('sub/b.yaml')).toBe('type: object\n');
    });
  });

  it('reads after close are refused', async () => {
    const rev = await openGitRevision(repo, 'v1');
    await rev.close();
    await rev.close();
    await expect(rev.readFile('contracts/a.json')).rejects.toThrow();
  });
});

describe('openGitRevision errors: one line and the fix', () => {
  it('not a git repository', async () => {
    const plain = fs.mkdtempSync(path.join(base, 'plain-'));
    expect(await userError(openGitRevision(plain, 'main'))).toBe(
      `--against needs a git repository | ${plain} is not inside a git work tree: run evt inside a git clone of the contracts repo, or drop --against`,
    );
  });

  it('an unknown revision; one that only exists as origin/<name> is suggested', async () => {
    expect(await userError(openGitRevision(repo, 'release'))).toBe(
      'unknown revision "release" | run "git fetch origin release" if it exists on the remote (evt never fetches)',
    );
    expect(await userError(openGitRevision(repo, '--output=x'))).toBe(
      'invalid revision "--output=x" | pass a branch, tag or commit',
    );
    const clone = path.join(base, 'full-clone');
    git(base, 'clone', '-q', `file://${repo}`, clone);
    expect(await userError(openGitRevision(clone, 'feature'))).toBe(
      'unknown revision "feature" | run "git fetch origin feature" if it exists on the remote (evt never fetches); "origin/feature" exists, did you mean it?',
    );
    await withRevision(clone, 'origin/feature', async (rev) =>
      expect(await rev.readFile('contracts/d.json')).toBe('{"d":true}\n'),
    );
  });

  it('a shallow clone that lacks the revision says how to deepen it, and never fetches', async () => {
    const shallow = path.join(base, 'shallow');
    git(base, 'clone', '-q', '--depth', '1', `file://${repo}`, shallow);
    expect(git(shallow, 'rev-parse', '--is-shallow-repository')).toBe('true');
    expect(await userError(openGitRevision(shallow, first))).toBe(
      `unknown revision "${first}" | this is a shallow clone without it: run "git fetch --depth=50 origin ${first}" (or "git fetch --unshallow"); evt never fetches`,
    );
    expect(await userError(openGitRevision(shallow, 'v1'))).toBe(
      'unknown revision "v1" | this is a shallow clone without it: run "git fetch --depth=50 origin v1" (or "git fetch --unshallow"); evt never fetches',
    );
    expect(git(shallow, 'rev-parse', '--is-shallow-repository')).toBe('true');
    await withRevision(shallow, 'main', async (rev) => expect(rev.listFiles()).toContain('contracts/c.json'));
  });
});

describe('changedFiles', () => {
  it('files that differ between the revision and the work tree, untracked ones too, ignored ones not', async () => {
    expect(await changedFiles(repo, 'v1')).toEqual([
      '.gitignore',
      'contracts/a.json',
      'contracts/big.json',
      'contracts/c.json',
      'contracts/e.json',
      'contracts/sub/b.yaml',
    ]);
    expect(await changedFiles(repo, 'main')).toEqual([
      '.gitignore',
      'contracts/a.json',
      'contracts/e.json',
      'contracts/sub/b.yaml',
    ]);
    expect(await changedFiles(path.join(repo, 'contracts'), 'main')).toEqual(['a.json', 'e.json', 'sub/b.yaml']);
  });

  it('the same errors as openGitRevision', async () => {
    expect(await userError(changedFiles(repo, 'nope'))).toBe(
      'unknown revision "nope" | run "git fetch origin nope" if it exists on the remote (evt never fetches)',
    );
  });
});
