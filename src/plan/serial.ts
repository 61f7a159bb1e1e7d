/** The serial plan: load on this thread, then every stage of src/pipeline/run-check.ts. */
import { FindingsCache } from '../cache/cache.js';
import type { Report } from '../model/report.js';
import type { ContractRepo } from '../model/repo.js';
import { loadContractRepo, type LoadOptions } from '../repo/load.js';
import type { RunRequest } from '../pipeline/request.js';
import { reportStage } from '../pipeline/report.js';
import { checkRepo } from '../pipeline/run-check.js';
import type { Progress } from '../util/progress.js';
import type { Concurrency } from './concurrency.js';

/** How the repo of a run is read and checked (not what is found): from the CLI's options. */
export interface RunSetup {
  /** --config, absolute. */
  configFile?: string;
  /** --concurrency (default auto). */
  concurrency?: Concurrency;
  /** --cache: where the stores live and the evt version that keys them; absent without --cache. */
  cache?: CacheSetup;
  progress?: Progress;
}

export interface CacheSetup {
  /** Absolute cache directory. */
  dir: string;
  /** evt's version: a new evt never reuses an old one's findings. */
  version: string;
}

export async function runSerial(
  root: string,
  request: RunRequest,
  setup: RunSetup,
  load: LoadOptions = { configFile: setup.configFile },
): Promise<Report> {
  const repo = await loadContractRepo(root, load);
  return reportStage(
    repo,
    request,
    await checkRepo(repo, request, { progress: setup.progress, cache: openCache(repo, setup) }),
  );
}

/** The per-file --cache store of the loaded repo, when asked for. */
export function openCache(repo: ContractRepo, setup: RunSetup): FindingsCache | undefined {
  return setup.cache && FindingsCache.open(repo, setup.cache.version, setup.cache.dir);
}
