/**
 * applyPlan: all or nothing. Every file is first written to a temp file in its own directory
 * (same file system, so rename(2) is atomic), then renamed into place one by one; originals are
 * kept as hard links until the end. Any failure renames the originals back, removes new files,
 * temp files and the directories evt created, so the repo is byte-identical to before.
 */
import fs from 'node:fs';
import path from 'node:path';
import { EvtError } from '../model/errors.js';
import { isInside } from '../util/paths.js';
import type { PlannedFile, ScaffoldPlan } from './plan.js';

export interface ApplyHooks {
  /** Test hook: runs after file `index` is renamed into place; throwing makes applyPlan roll back. */
  afterRename?: (file: PlannedFile, index: number) => void;
}

interface Staged {
  file: PlannedFile;
  target: string;
  temp: string;
  backup?: string;
  committed: boolean;
}

export function applyPlan(plan: ScaffoldPlan, hooks: ApplyHooks = {}): void {
  const root = fs.realpathSync(plan.root);
  const targets = plan.files.map((file) => ({ file, target: resolveTarget(root, file) }));
  const createdDirs: string[] = [];
  const staged: Staged[] = [];
  try {
    for (const { file, target } of targets) staged.push(stage(file, target, createdDirs));
    staged.forEach((s, index) => {
      commit(s);
      hooks.afterRename?.(s.file, index);
    });
  } catch (error) {
    const problems = rollback(staged, createdDirs);
    if (problems.length)
      throw new EvtError(
        `writing failed (${describe(error)}) and the rollback failed too: ${problems.join('; ')}`,
        'restore the files listed from their .evt-backup copies by hand',
      );
    if (error instanceof EvtError) throw error;
    throw new EvtError(
      `cannot write the scaffold: ${describe(error)}; nothing was changed`,
      'check permissions and free space, then run the command again',
    );
  }
  for (const s of staged) if (s.backup) fs.rmSync(s.backup, { force: true });
}

/** The absolute target, refused when it escapes the repo, is a symlink, or changed since planning. */
function resolveTarget(root: string, file: PlannedFile): string {
  if (path.isAbsolute(file.path) || file.path.split(/[\\/]/).includes('..'))
    throw new EvtError(`refusing to write outside the repo: ${file.path}`);
  const target = path.resolve(root, file.path);
  if (!isInside(root, target) || !isInside(root, realpathOfNearest(target)))
    throw new EvtError(
      `refusing to write outside the repo: ${file.path}`,
      'a directory on the way is a symbolic link leading out of the repo',
    );
  let current: string | null = null;
  try {
    if (fs.lstatSync(target).isSymbolicLink())
      throw new EvtError(`refusing to write through a symbolic link: ${file.path}`);
    current = fs.readFileSync(target, 'utf8');
  } catch (error) {
    if (error instanceof EvtError) throw error;
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  if (current !== file.before)
    throw new EvtError(`${file.path} changed while evt was planning; nothing was written`, 'run the command again');
  return target;
}

/** realpath of the path itself or of its nearest existing ancestor. */
function realpathOfNearest(target: string): string {
  let probe = target;
  const rest: string[] = [];
  for (;;) {
    try {
      return path.join(fs.realpathSync(probe), ...rest.reverse());
    } catch {
      rest.push(path.basename(probe));
      const parent = path.dirname(probe);
      if (parent === probe) return target;
      probe = parent;
    }
  }
}

function stage(file: PlannedFile, target: string, createdDirs: string[]): Staged {
  makeDirs(path.dirname(target), createdDirs);
  const temp = sideName(target, 'tmp');
  const mode = file.before === null ? 0o666 : fs.statSync(target).mode & 0o777;
  const fd = fs.openSync(temp, 'wx', mode);
  const s: Staged = { file, target, temp, committed: false };
  try {
    fs.writeFileSync(fd, file.after);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  return s;
}

function commit(s: Staged): void {
  if (s.file.before === null) {
    // link(2) fails if the target appeared meanwhile: never overwrite a file the plan did not see
    fs.linkSync(s.temp, s.target);
    s.committed = true;
    fs.unlinkSync(s.temp);
    return;
  }
  s.backup = sideName(s.target, 'evt-backup');
  fs.linkSync(s.target, s.backup);
  fs.renameSync(s.temp, s.target);
  s.committed = true;
}

/** Undoes committed files in reverse order; returns what could not be restored. */
function rollback(staged: Staged[], createdDirs: string[]): string[] {
  const problems: string[] = [];
  for (const s of [...staged].reverse()) {
    try {
      if (s.committed && s.backup) fs.renameSync(s.backup, s.target);
      else if (s.committed) fs.unlinkSync(s.target);
      else if (s.backup) fs.rmSync(s.backup, { force: true });
      fs.rmSync(s.temp, { force: true });
    } catch (error) {
      problems.push(`${s.file.path}: ${describe(error)}`);
    }
  }
  for (const dir of [...createdDirs].reverse()) {
    try {
      fs.rmdirSync(dir);
    } catch {
      // not empty (someone else wrote there) or gone: leave it
    }
  }
  return problems;
}

function makeDirs(dir: string, created: string[]): void {
  if (fs.existsSync(dir)) return;
  makeDirs(path.dirname(dir), created);
  fs.mkdirSync(dir);
  created.push(dir);
}

function sideName(target: string, kind: string): string {
  return path.join(
    path.dirname(target),
    `.${path.basename(target)}.${kind}-${process.pid}-${Math.random().toString(36).slice(2, 10)}`,
  );
}

function describe(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
}
