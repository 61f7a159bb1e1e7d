/**
 * The run plan, chosen once at the top: how `evt lint|diff|check <dir>` gets its report. Each plan
 * composes the same stages (src/pipeline/):
 * - changed-only: `--changed --against`: git lists the tree and the changed files; only the
 *   changed events' files (and the envelope, registry and union) are read (changed-only.ts);
 * - replayed: `--cache` and every input unchanged: the previous run's findings (replayed.ts);
 * - sharded: a big repo on two threads, split by event (sharded.ts);
 * - serial: everything else, on this thread (serial.ts).
 * The plans are imported when chosen: a replay never loads the rules, the differ or ajv.
 */
import type { Report } from '../model/report.js';
import type { RunRequest } from '../pipeline/request.js';
import { repoConfig, workingTree } from '../repo/load.js';
import { shardsLikely, useShards } from './concurrency.js';
import { filesToRead } from './files-to-read.js';
import type { RunSetup } from './serial.js';

export type { RunSetup } from './serial.js';

export async function checkDir(root: string, request: RunRequest, setup: RunSetup = {}): Promise<Report> {
  const { against } = request;
  if (request.changed && against)
    return (await import('./changed-only.js')).runChangedOnly(root, { ...request, against }, setup);
  const { cache } = setup;
  // a run against a git revision has git state as an input: it is not replayed
  if (cache && !against) return (await import('./replayed.js')).runReplayed(root, request, { ...setup, cache });
  const sharded = () => import('./sharded.js');
  // the worker of a sharded run starts before the listing when the repo looks big enough to need it
  let worker = shardsLikely(root, request, setup) ? (await sharded()).bootShardWorker() : undefined;
  try {
    const listed = await workingTree(root)();
    const config = repoConfig(root, setup, listed.files);
    const only = filesToRead(request);
    if (useShards((only?.(listed.files, config) ?? listed.files).length, request, setup)) {
      worker ??= (await sharded()).bootShardWorker();
      return await (await sharded()).runSharded(root, listed, config, request, setup, only, worker);
    }
    return await (await import('./serial.js')).runSerial(root, request, setup, {
      reader: () => listed,
      resolvedConfig: config,
      only,
    });
  } finally {
    worker?.stop();
  }
}
