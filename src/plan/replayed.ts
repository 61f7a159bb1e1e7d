/**
 * The replayed plan, `--cache` without `--against`: a lookup before, a store after, around the same
 * stages as the serial plan. When every input is as it was (src/cache/replay.ts), the previous
 * run's findings are replayed with approvals applied again; the rules, the differ and ajv are then
 * never imported, so a replay costs listing, reading and hashing the files, and little else.
 */
import { RunReplay } from '../cache/replay.js';
import type { Report } from '../model/report.js';
import { reportFromChecked } from '../pipeline/report.js';
import type { RunRequest } from '../pipeline/request.js';
import { filesToRead } from './files-to-read.js';
import type { CacheSetup, RunSetup } from './serial.js';

export async function runReplayed(
  root: string,
  request: RunRequest,
  setup: RunSetup & { cache: CacheSetup },
): Promise<Report> {
  const replay = await RunReplay.open({
    root,
    command: request.command,
    version: setup.cache.version,
    options: findingOptions(request),
    configFile: setup.configFile,
    cacheDir: setup.cache.dir,
  });
  const snapshot = replay?.lookup();
  if (snapshot) return reportFromChecked(root, snapshot.approvals, request, snapshot);
  const [{ loadContractRepo }, { checkRepo }, { reportStage }, { openCache }] = await Promise.all([
    import('../repo/load.js'),
    import('../pipeline/run-check.js'),
    import('../pipeline/report.js'),
    import('./serial.js'),
  ]);
  const repo = await loadContractRepo(root, {
    configFile: setup.configFile,
    ...(replay ? { reader: replay.reader } : {}),
    only: filesToRead(request),
  });
  replay?.release();
  const checked = await checkRepo(repo, request, { progress: setup.progress, cache: openCache(repo, setup) });
  replay?.store(repo, checked);
  return reportStage(repo, request, checked);
}

/** The options that shape findings, for the replay key (output options act after, and are left out). */
function findingOptions(request: RunRequest): Record<string, unknown> {
  if (!request.diff) return {};
  return {
    mode: request.mode ?? null,
    policy: request.policy ?? null,
    transitive: request.transitive ?? null,
    changed: request.changed ?? null,
    witnesses: request.witnesses ?? null,
    crossCheck: request.crossCheck ?? null,
  };
}
