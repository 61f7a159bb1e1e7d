/**
 * .gitignore filtering for the file listing. globby's own `gitignore: true` costs about a second
 * on 15,000 files (it re-tests every path against every ignore file through several layers), so
 * the listing's walk collects the `.gitignore` files along with the candidates and filters here,
 * with the `ignore` package (globby's own matcher), only when there is a .gitignore at all.
 *
 * Which files apply, as in git: every `.gitignore` below the root (its patterns are
 * relative to its own directory), and those of the root's ancestors up to the work-tree top (the
 * directory holding `.git`), for a contracts folder inside a bigger repository. A deeper file's
 * rules win over a shallower one's (`!keep.json` in a sub-folder re-includes a file).
 */
import fs from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';

export const GITIGNORE = '.gitignore';

interface IgnoreFile {
  /** Prefix to put before a root-relative path to make it relative to this file's directory. */
  above: string;
  /** Root-relative directory (with a trailing slash; '' for the root and its ancestors). */
  below: string;
  rules: Ignore;
}

/**
 * A predicate saying whether a root-relative path is ignored, or undefined when no .gitignore
 * applies (the common case in CI checkouts of a contracts folder without one).
 * `nested` lists the root-relative paths of `.gitignore` files found by the listing.
 */
export function gitignoreFilter(root: string, nested: readonly string[]): ((file: string) => boolean) | undefined {
  const files = [...ancestorIgnoreFiles(root), ...nested.map((rel) => nestedIgnoreFile(root, rel))].filter(
    (f): f is IgnoreFile => f !== undefined,
  );
  if (files.length === 0) return undefined;
  files.sort((a, b) => a.below.length - b.below.length);
  return (file) => {
    let ignored = false;
    for (const f of files) {
      // a directory is not matched by its own .gitignore (and `ignore` refuses the empty path)
      if (!file.startsWith(f.below) || file === f.below) continue;
      const result = f.rules.test(f.above + file.slice(f.below.length));
      if (result.ignored) ignored = true;
      else if (result.unignored) ignored = false;
    }
    return ignored;
  };
}

function nestedIgnoreFile(root: string, rel: string): IgnoreFile | undefined {
  const text = readText(path.join(root, rel));
  const dir = path.posix.dirname(rel);
  return text === undefined ? undefined : { above: '', below: dir === '.' ? '' : `${dir}/`, rules: ignore().add(text) };
}

/** The .gitignore files of the root's ancestors, up to the directory that holds `.git`. */
function ancestorIgnoreFiles(root: string): IgnoreFile[] {
  const found: IgnoreFile[] = [];
  let dir = root;
  while (!fs.existsSync(path.join(dir, '.git'))) {
    const parent = path.dirname(dir);
    if (parent === dir) return []; // not inside a git work tree: only the repo's own files apply
    dir = parent;
    const text = readText(path.join(dir, GITIGNORE));
    if (text !== undefined)
      found.push({
        above: `${path.relative(dir, root).split(path.sep).join('/')}/`,
        below: '',
        rules: ignore().add(text),
      });
  }
  return found.reverse();
}

function readText(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined; // unreadable ignore files are skipped, as globby did
  }
}

/**
 * The `.gitignore` of an enclosing work tree that ignores the root itself (or a folder above it),
 * when one does: every file below is then ignored too, and git cannot re-include them, so the repo
 * looks empty. Undefined when the root is not inside a git work tree or nothing ignores it.
 */
export function rootIgnoredBy(root: string): string | undefined {
  let dir = root;
  while (!fs.existsSync(path.join(dir, '.git'))) {
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
    const text = readText(path.join(dir, GITIGNORE));
    if (text === undefined) continue;
    const rules = ignore().add(text);
    const parts = path.relative(dir, root).split(path.sep);
    // a folder on the way down is enough: git never looks inside an ignored folder
    if (parts.some((_, i) => rules.ignores(`${parts.slice(0, i + 1).join('/')}/`))) return path.join(dir, GITIGNORE);
  }
  return undefined;
}
