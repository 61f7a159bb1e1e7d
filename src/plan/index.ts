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
import { useShards } from './concurrency.js';
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
  const listed = await workingTree(root)();
  const config = repoConfig(root, setup, listed.files);
  const only = filesToRead(request);
  if (useShards((only?.(listed.files, config) ?? listed.files).length, request, setup))
    return (await import('./sharded.js')).runSharded(root, listed, config, request, setup, only);
  return (await import('./serial.js')).runSerial(root, request, setup, {
    reader: () => listed,
    resolvedConfig: config,
    only,
  });
}
