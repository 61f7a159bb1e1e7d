#!/usr/bin/env node
// npm run build, second step: bundle the CLI into one ES module, dist/cli/evt.bundle.js, which
// bin/evt.js loads. Why: evt's ~200 modules plus ajv's and yaml's ~700 CommonJS files cost about
// 0.25 s of module resolution on every start (a third of the whole I/O floor of a 10,000-event repo);
// one file loads in a fraction of that. tsc's dist/ stays the library (`import 'evt'`).
//
// The bundle sits at dist/cli/, the same depth as tsc's output, so the `createRequire` paths in the
// sources (`../../schemas/...`, `../../package.json`) resolve alike in both. json-schema-diff stays
// external: it is only loaded (lazily) for --cross-check.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['json-schema-diff'],
  // CommonJS dependencies (commander, ajv) call require() for Node built-ins; give the ES module one
  banner: {
    js: "import { createRequire as __evtCreateRequire } from 'node:module'; const require = __evtCreateRequire(import.meta.url);",
  },
  sourcemap: 'linked',
  logLevel: 'warning',
};

await build({ ...common, entryPoints: ['src/cli/run.ts'], outfile: 'dist/cli/evt.bundle.js' });
// the worker thread of src/plan/sharded.ts, found beside the CLI bundle
await build({ ...common, entryPoints: ['src/plan/shard-worker.ts'], outfile: 'dist/cli/shard-worker.js' });
