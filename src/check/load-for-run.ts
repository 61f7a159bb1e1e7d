/**
 * Loading for a run: the whole repo, or with `--changed --against <ref>` only what the changed
 * files need (their events' every version, the envelope, registry and union), so a PR touching ten
 * events of ten thousand reads a few dozen files. `checkDir` is what the commands call: load, then
 * run on one thread or, for a big repo, two (src/check/shards.ts).
 */
import type { FindingsCache } from '../cache/cache.js';
import type { Report } from '../model/report.js';
import type { ContractRepo } from '../model/repo.js';
import { changedFiles } from '../repo/git.js';
import { pairedFiles } from '../repo/scope.js';
import { listContractRepo, loadContractRepo, readListedRepo, type LoadOptions } from '../repo/load.js';
import { analyzeRepo } from '../schemas/analyze.js';
import { runCheck, type CheckOptions } from './run-check.js';
import { runCheckSharded, useShards, type Concurrency } from './shards.js';

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
  if (analyzeRepo(partial).some((a) => a.index.refs.some((r) => !r.ref.startsWith('#'))))
    return { repo: await loadContractRepo(root, options), changedFiles: changed };
  return { repo: partial, changedFiles: changed, partial: true };
}

export interface RunSetup {
  /** --concurrency (default auto). */
  concurrency?: Concurrency;
  /** Opens the --cache store for the loaded repo; absent without --cache. */
  openCache?: (repo: ContractRepo) => FindingsCache | undefined;
  /** Called with the repo once it is read on one thread (the --cache replay stores its snapshot with it). */
  onLoaded?: (repo: ContractRepo) => void;
}

/** Loads the repo at `root` and runs `command` over it: what `evt lint`, `diff` and `check` do. */
export async function checkDir(
  root: string,
  loadOptions: LoadOptions,
  command: string,
  options: CheckOptions,
  setup: RunSetup = {},
): Promise<Report> {
  if (options.changed && options.against) {
    const { repo, changedFiles: changed, partial } = await loadForRun(root, loadOptions, options.against);
    setup.onLoaded?.(repo);
    return runCheck(repo, command, { ...options, changedFiles: changed, partial, cache: setup.openCache?.(repo) });
  }
  const all = await listContractRepo(root, loadOptions);
  // a diff of kept versions needs only the files it pairs (a third of a typical repo is single-version events)
  const listed = options.lint || options.against ? all : { ...all, files: pairedFiles(all.files, all.config) };
  if (useShards(listed, { ...options, cached: setup.openCache !== undefined }, setup.concurrency))
    return runCheckSharded(listed, command, options);
  const repo = readListedRepo(listed);
  setup.onLoaded?.(repo);
  return runCheck(repo, command, { ...options, cache: setup.openCache?.(repo) });
}
