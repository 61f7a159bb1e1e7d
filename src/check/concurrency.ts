/** `--concurrency`: auto (two threads from SHARD_MIN_FILES files on, when there are two cores), on, off. */
export const CONCURRENCY = ['auto', 'on', 'off'] as const;
export type Concurrency = (typeof CONCURRENCY)[number];

/** Below this many files a second thread costs more (its start, ~0.1 s) than it saves. */
export const SHARD_MIN_FILES = 2000;
