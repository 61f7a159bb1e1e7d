import os from 'node:os';

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
  const concurrency = setup.concurrency ?? 'auto';
  if (concurrency === 'off' || setup.cache || request.changed || request.against) return false;
  return concurrency === 'on' || (files >= SHARD_MIN_FILES && os.availableParallelism() >= 2);
}
