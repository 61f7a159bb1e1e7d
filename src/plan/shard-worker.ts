/**
 * Entry of the worker thread of src/plan/sharded.ts. A file of its own, not sharded.ts itself: in
 * the bundled CLI, modules reached through a dynamic import are initialised only when imported, so
 * a worker started on the bundle would never run the task. scripts/bundle.mjs bundles this entry
 * beside the CLI (dist/cli/shard-worker.js); tsc puts it beside sharded.js (dist/plan/).
 */
import { serveShardTask } from './sharded.js';

serveShardTask();
