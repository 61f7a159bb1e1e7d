/**
 * Loading for a run: the whole repo, or with `--changed --against <ref>` only what the changed
 * files need (their events' every version, the envelope, registry and union), so a PR touching ten
 * events of ten thousand reads a few dozen files.
 */
import type { ContractRepo } from '../model/repo.js';
import { changedFiles } from '../repo/git.js';
import { loadContractRepo, type LoadOptions } from '../repo/load.js';
import { analyzeRepo } from '../schemas/analyze.js';

export interface LoadedForRun {
  repo: ContractRepo;
  /** Set when only the changed events were read. */
  changedFiles?: string[];
  partial?: boolean;
}

export async function loadForRun(root: string, options: LoadOptions, changedSince?: string): Promise<LoadedForRun> {
  if (!changedSince) return { repo: await loadContractRepo(root, options) };
  const changed = await changedFiles(root, changedSince);
  const partial = await loadContractRepo(root, { ...options, changedFiles: changed });
  // A `$ref` to another file needs that file (and its findings depend on it): read everything.
  if (analyzeRepo(partial).some((a) => a.index.refs.some((r) => !r.ref.startsWith('#')))) return { repo: await loadContractRepo(root, options), changedFiles: changed };
  return { repo: partial, changedFiles: changed, partial: true };
}
