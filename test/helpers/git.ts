import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { copyFixture } from './repo-copy.js';

/** Runs git in `dir` with a fixed identity, so commits work on any machine. */
export function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd: dir,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'evt',
      GIT_AUTHOR_EMAIL: 'evt@test',
      GIT_COMMITTER_NAME: 'evt',
      GIT_COMMITTER_EMAIL: 'evt@test',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** A temporary git repo holding a copy of a fixture repo, committed on `main`. */
export function gitRepoFrom(fixture: string): string {
  const dir = copyFixture(fixture);
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'contracts v1');
  return dir;
}

/** Rewrites a JSON file in place through `edit`. */
// biome-ignore lint/suspicious/noExplicitAny: a test edit reaches into whatever shape the fixture has
export function editJson(file: string, edit: (json: Record<string, any>) => void): void {
  const json = JSON.parse(fs.readFileSync(file, 'utf8'));
  edit(json);
  fs.writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
}
