import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** `--concurrency`: auto (two threads from SHARD_MIN_FILES files on, when there are two cores), on, off. */
export const CONCURRENCY = ['auto', 'on', 'off'] as const;
export type Concurrency = (typeof CONCURRENCY)[number];

/** Below this many files a second thread costs more (its start, ~0.1 s) than it saves. */
export const SHARD_MIN_FILES = 2000;

/** Whether a run reading `files` files goes on two threads (src/plan/sharded.ts). */
export function useShards(
  files: number,
  request: { changed?: boolean; against?: string },
  setup: { cache?: unknown; concurrency?: Concurrency },
): boolean {
  return mayUseShards(request, setup) && (setup.concurrency === 'on' || files >= SHARD_MIN_FILES);
}

/** Whether a run may go on two threads, before its files are counted. */
function mayUseShards(
  request: { changed?: boolean; against?: string },
  setup: { cache?: unknown; concurrency?: Concurrency },
): boolean {
  const concurrency = setup.concurrency ?? 'auto';
  if (concurrency === 'off' || setup.cache || request.changed || request.against) return false;
  return concurrency === 'on' || os.availableParallelism() >= 2;
}

/**
 * A git index takes ~100 bytes a tracked file (62 of header, then the path; the bench repo's takes
 * 148 for 16,000 files), so an index this big lists about SHARD_MIN_FILES files or more.
 */
const INDEX_BYTES_AT_SHARD_MIN = SHARD_MIN_FILES * 100;

/**
 * Whether to start the worker before the listing counts the files: with `--concurrency on`, or when
 * the root's git index is big enough to list SHARD_MIN_FILES files. A wrong guess costs only time:
 * a worker started for nothing is stopped (~0.1 s of the other core), a late one starts after the
 * listing.
 */
export function shardsLikely(
  root: string,
  request: { changed?: boolean; against?: string },
  setup: { cache?: unknown; concurrency?: Concurrency },
): boolean {
  if (!mayUseShards(request, setup)) return false;
  if (setup.concurrency === 'on') return true;
  try {
    return fs.statSync(path.join(root, '.git', 'index')).size >= INDEX_BYTES_AT_SHARD_MIN;
  } catch {
    return false;
  }
}
