/**
 * Reads files of a git revision straight from the object database: no checkout, no temp clone,
 * and one long-lived `git cat-file --batch` process for every read (one process per file is what
 * makes "diff against main" slow on big repos). evt never fetches: a revision the clone lacks is
 * a user error with the exact fetch command to run.
 *
 * Paths are relative to `root`, which may be a subdirectory of the work tree (a contracts folder
 * in a monorepo), like every path in a ContractRepo.
 */
import { execFile, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { EvtError } from '../model/errors.js';

const run = promisify(execFile);

/**
 * evt never runs code from the repo it reads, and `.git/config` is part of that repo: whoever
 * hands over a clone (an archive, a shared folder, a CI cache) controls it. Every git call switches
 * off the settings that make git run a command: the fsmonitor hook (queried on every index
 * refresh), hooks, pager, askpass, credential helpers and ssh. External diff and textconv are
 * refused per command (--no-ext-diff, --no-textconv), and clean/smudge filters, which `git diff`
 * runs on stat-dirty files, are switched off by name (filterOverrides).
 */
const NO_COMMANDS = [
  'core.fsmonitor=false',
  'core.hooksPath=/dev/null',
  'core.pager=cat',
  'core.askPass=',
  'credential.helper=',
  'core.sshCommand=',
  'protocol.allow=never',
].flatMap((setting) => ['-c', setting]);

/**
 * Variables that point git at another repository, work tree or index. git exports them to hooks,
 * so a pre-commit hook that runs evt from another repository's hook would silently compare with
 * that repository. evt finds the repository from the path it was given instead; an index file is
 * kept only inside that repository's git dir (a hook's temporary index for a partial commit).
 */
const REDIRECTS = [
  'GIT_DIR',
  'GIT_WORK_TREE',
  'GIT_INDEX_FILE',
  'GIT_OBJECT_DIRECTORY',
  'GIT_ALTERNATE_OBJECT_DIRECTORIES',
  'GIT_COMMON_DIR',
  'GIT_NAMESPACE',
];

/** No prompts, no optional index locks (a read-only tool must not contend with the user's git). */
function gitEnv(gitDir?: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' };
  for (const name of REDIRECTS) delete env[name];
  const index = process.env.GIT_INDEX_FILE;
  if (index && gitDir) {
    const absolute = path.resolve(index);
    if (absolute.startsWith(`${gitDir}${path.sep}`)) env.GIT_INDEX_FILE = absolute;
  }
  return env;
}

export interface GitRevision {
  /** The revision as given (`main`, `v1.2.0`, a commit). */
  ref: string;
  /** The commit it resolved to when opened; every read is from this commit. */
  commit: string;
  /** Every file of the revision below root (regular files only: no symlinks, no submodules), sorted. */
  listFiles(): string[];
  /** The file's text at the revision, or undefined when the revision has no such file. */
  readFile(path: string): Promise<string | undefined>;
  /** Ends the cat-file process; reads already asked for are answered first. */
  close(): Promise<void>;
}

interface WorkTree {
  root: string;
  /** The repository's git dir, absolute (where a hook's index file may live). */
  gitDir: string;
  /** root relative to the top of the work tree, with a trailing slash ('' at the top). */
  prefix: string;
  shallow: boolean;
}

export async function openGitRevision(root: string, ref: string): Promise<GitRevision> {
  const { tree, commit } = await openCommit(root, ref);
  const files = await listTree(root, commit);
  const batch = new CatFileBatch(root);
  return {
    ref,
    commit,
    listFiles: () => [...files],
    readFile: (path) =>
      isPlainPath(path) ? batch.read(`${commit}:${tree.prefix}${path}`) : Promise.resolve(undefined),
    close: () => batch.close(),
  };
}

/**
 * Files below root that differ between `ref` and the working tree (committed, staged or not),
 * plus untracked files that are not ignored; deleted files included. Sorted, root-relative.
 */
export async function changedFiles(root: string, ref: string): Promise<string[]> {
  return (await changedSince(root, ref)).changed;
}

/**
 * What `--changed --against <ref>` needs from git, in one go: the changed files (as changedFiles)
 * and every file of the working tree below root, tracked or untracked and not ignored, without
 * the tracked files deleted from it. Both root-relative; git answers from its index, so listing
 * 15,000 files costs milliseconds where a walk of the tree stats every one of them.
 */
export async function changedSince(root: string, ref: string): Promise<{ changed: string[]; files: string[] }> {
  const [{ commit, tree }, filters] = await Promise.all([openCommit(root, ref), filterOverrides(root)]);
  // three processes at once: ls-files --others walks every directory, the longest of the three
  const [diff, untrackedOut, trackedOut] = await Promise.all([
    git(
      root,
      [
        ...filters,
        'diff',
        '--no-ext-diff',
        '--no-textconv',
        '--name-only',
        '-z',
        '--no-renames',
        '--relative',
        commit,
        '--',
      ],
      tree.gitDir,
    ),
    git(root, ['ls-files', '--others', '--exclude-standard', '-z'], tree.gitDir),
    git(root, ['ls-files', '--cached', '-z'], tree.gitDir),
  ]);
  const untracked = splitZ(untrackedOut);
  const changed = [...new Set([...splitZ(diff), ...untracked])].sort();
  // a tracked file deleted from the tree is a changed file (it differs from the ref): only those
  // are checked on disk (lstat: a dangling link is still listed), not every tracked file, which
  // ls-files --deleted would stat
  const gone = new Set(changed.filter((f) => !fs.lstatSync(path.join(root, f), { throwIfNoEntry: false })));
  const files = [...new Set([...splitZ(trackedOut), ...untracked])].filter((f) => !gone.has(f));
  return { changed, files };
}

async function workTree(root: string): Promise<WorkTree> {
  if (!fs.existsSync(root)) throw new EvtError(`no such directory: ${root}`, 'pass the path of a contracts repo');
  let out: string;
  try {
    out = await git(root, [
      'rev-parse',
      '--is-inside-work-tree',
      '--absolute-git-dir',
      '--show-prefix',
      '--is-shallow-repository',
    ]);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new EvtError('--against needs git, and git is not on PATH', 'install git, or drop --against');
    throw notARepo(root);
  }
  const [inside, gitDir, prefix, shallow] = out.split('\n');
  if (inside !== 'true') throw notARepo(root);
  return { root, gitDir: gitDir ?? '', prefix: prefix ?? '', shallow: shallow === 'true' };
}

function notARepo(root: string): EvtError {
  return new EvtError(
    '--against needs a git repository',
    `${root} is not inside a git work tree: run evt inside a git clone of the contracts repo, or drop --against`,
  );
}

/**
 * The work tree and the commit `ref` names. Both git calls run at once (each is a process start,
 * the larger part of what a `--changed` run waits for); a work tree error is still reported first.
 */
async function openCommit(root: string, ref: string): Promise<{ tree: WorkTree; commit: string }> {
  // a leading '-' would be read as an option; NUL and newlines cannot name a revision
  const valid = ref !== '' && !ref.startsWith('-') && !/[\0\n\r]/.test(ref);
  const [tree, commit] = await Promise.all([workTree(root), valid ? verify(root, ref) : undefined]);
  if (!valid) throw new EvtError(`invalid revision "${ref}"`, 'pass a branch, tag or commit');
  if (commit) return { tree, commit };
  const fetch = fetchArguments(ref);
  if (tree.shallow) {
    throw new EvtError(
      `unknown revision "${ref}"`,
      `this is a shallow clone without it: run "git fetch --depth=50 ${fetch}" (or "git fetch --unshallow"); evt never fetches`,
    );
  }
  const remote = (await verify(tree.root, `refs/remotes/origin/${ref}`))
    ? `; "origin/${ref}" exists, did you mean it?`
    : '';
  throw new EvtError(
    `unknown revision "${ref}"`,
    `run "git fetch ${fetch}" if it exists on the remote (evt never fetches)${remote}`,
  );
}

/** `origin/main` is fetched as `origin main` (remote, then branch); a bare name from origin. */
function fetchArguments(ref: string): string {
  const remoteBranch = /^(origin|upstream)\/(.+)$/.exec(ref);
  return remoteBranch ? `${remoteBranch[1]} ${remoteBranch[2]}:refs/remotes/${ref}` : `origin ${ref}`;
}

async function verify(root: string, ref: string): Promise<string | undefined> {
  try {
    return (await git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** `git ls-tree -r` (one call); paths come relative to the cwd, restricted to it. */
async function listTree(root: string, commit: string): Promise<string[]> {
  const out = await git(root, ['ls-tree', '-r', '-z', commit]);
  const files: string[] = [];
  for (const entry of splitZ(out)) {
    // "<mode> SP <type> SP <object> TAB <path>"; 100644/100755 are files, 120000 links, 160000 submodules
    const tab = entry.indexOf('\t');
    const mode = entry.slice(0, 6);
    if (mode === '100644' || mode === '100755') files.push(entry.slice(tab + 1));
  }
  return files.sort();
}

function isPlainPath(path: string): boolean {
  return (
    path !== '' &&
    !/[\n\r\0]/.test(path) &&
    !path.startsWith('/') &&
    !path.split('/').some((s) => s === '..' || s === '.' || s === '')
  );
}

function splitZ(out: string): string[] {
  return out.split('\0').filter((s) => s !== '');
}

async function git(cwd: string, args: string[], gitDir?: string): Promise<string> {
  const { stdout } = await run('git', [...NO_COMMANDS, ...args], {
    cwd,
    env: gitEnv(gitDir),
    maxBuffer: 256 * 1024 * 1024,
    encoding: 'utf8',
  });
  return stdout;
}

/**
 * `-c filter.<name>.clean=` (and smudge, process) for every filter driver the repo's config
 * defines: an empty command is no filter to git (convert.c), and `required=false` keeps git from
 * failing for want of one. Reading config runs nothing.
 */
async function filterOverrides(root: string): Promise<string[]> {
  let out = '';
  try {
    out = await git(root, ['config', '-z', '--name-only', '--get-regexp', '^filter\\.']);
  } catch {
    return []; // exit 1: no filter configured
  }
  const drivers = new Set(
    splitZ(out)
      .map((key) => /^filter\.(.+)\.[^.]+$/.exec(key)?.[1])
      .filter((name): name is string => name !== undefined),
  );
  return [...drivers].flatMap((name) =>
    ['clean=', 'smudge=', 'process=', 'required=false'].flatMap((setting) => ['-c', `filter.${name}.${setting}`]),
  );
}

interface Pending {
  resolve: (text: string | undefined) => void;
  reject: (error: Error) => void;
}

/**
 * `git cat-file --batch`: write `<object>\n` per request, read `<oid> <type> <size>\n<content>\n`
 * or `<object> missing\n` back, in order. Output chunks are joined only once a whole object has
 * arrived, so a large blob is copied once, not once per chunk.
 */
class CatFileBatch {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly queue: Pending[] = [];
  private chunks: Buffer[] = [];
  private length = 0;
  private header: { type: string; size: number } | undefined;
  private failure: Error | undefined;
  private readonly exited: Promise<void>;
  private closed = false;

  constructor(cwd: string) {
    this.child = spawn('git', [...NO_COMMANDS, 'cat-file', '--batch'], {
      cwd,
      env: gitEnv(),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stderr = '';
    this.child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    this.child.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    this.child.stdin.on('error', (error) => this.fail(error));
    this.exited = new Promise((resolve) => {
      this.child.on('error', (error) => {
        this.fail(error);
        resolve();
      });
      this.child.on('close', (code) => {
        this.fail(
          new EvtError(
            `git cat-file stopped (exit ${code ?? 'signal'})${stderr ? `: ${stderr.trim().split('\n')[0]}` : ''}`,
          ),
        );
        resolve();
      });
    });
  }

  read(object: string): Promise<string | undefined> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.closed) return Promise.reject(new Error('git revision is closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ resolve, reject });
      this.child.stdin.write(`${object}\n`);
    });
  }

  async close(): Promise<void> {
    if (!this.closed) {
      this.closed = true;
      this.child.stdin.end();
    }
    await this.exited;
  }

  private receive(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.length += chunk.length;
    while (this.queue.length > 0 && this.next()) {
      // each call of next() settles one request
    }
  }

  /** Settles the oldest request if its whole answer has arrived. */
  private next(): boolean {
    if (!this.header) {
      const buffer = this.flatten();
      const newline = buffer.indexOf(10);
      if (newline === -1) return false;
      const line = buffer.subarray(0, newline).toString('utf8');
      this.keep(buffer.subarray(newline + 1));
      if (/ (missing|ambiguous)$/.test(line)) {
        this.queue.shift()!.resolve(undefined);
        return true;
      }
      const match = /^[0-9a-f]+ (\w+) (\d+)$/.exec(line);
      if (!match) {
        this.queue.shift()!.reject(new EvtError(`unexpected answer from git cat-file: ${line}`));
        return true;
      }
      this.header = { type: match[1]!, size: Number(match[2]) };
    }
    if (this.length < this.header.size + 1) return false;
    const buffer = this.flatten();
    const content = buffer.subarray(0, this.header.size);
    this.keep(buffer.subarray(this.header.size + 1));
    const { type } = this.header;
    this.header = undefined;
    this.queue.shift()!.resolve(type === 'blob' ? content.toString('utf8') : undefined);
    return true;
  }

  private flatten(): Buffer {
    if (this.chunks.length !== 1) this.chunks = [Buffer.concat(this.chunks, this.length)];
    return this.chunks[0]!;
  }

  private keep(rest: Buffer): void {
    this.chunks = [rest];
    this.length = rest.length;
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const pending of this.queue.splice(0)) pending.reject(this.failure);
  }
}
