import type { ContractRepo } from '../model/repo.js';
import { analyzeRepo } from '../schemas/analyze.js';

/**
 * Whether a schema of `repo` `$ref`s another file. Its findings then depend on that file too, so a
 * run cannot judge it from its own file alone: `--changed` reads the whole repo, a thread's share
 * goes back to one thread, and the per-file cache does not store it. Fragment refs (`#/$defs/x`)
 * stay inside the document.
 */
export function hasCrossFileRefs(repo: ContractRepo): boolean {
  return analyzeRepo(repo).some((a) => a.index.refs.some((r) => !r.ref.startsWith('#')));
}
