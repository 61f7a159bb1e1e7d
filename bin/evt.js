#!/usr/bin/env node
// The only place that touches process.exitCode: everything else returns exit codes as data.
// The bundled CLI (scripts/bundle.mjs): one module to load instead of ~900.
import { run } from '../dist/cli/evt.bundle.js';

// `evt lint | head -1`: the reader went away; stop writing quietly instead of dying with a stack trace
process.stdout.on('error', (error) => {
  if (error.code !== 'EPIPE') throw error;
});

process.exitCode = await run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env,
  isTTY: Boolean(process.stdout.isTTY),
});
