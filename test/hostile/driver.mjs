#!/usr/bin/env node
// Runs every evt command on hostile cases in this one process, outside the test worker (so a crash,
// an abort or a hang is contained and seen), and prints the results as one JSON object per case.
// usage: node test/hostile/driver.mjs <case dir>[:<hostile schema file, relative to the case>] ...
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { run } = await import(path.join(PROJECT_ROOT, 'dist/cli/run.js'));

/** @param {string[]} argv */
async function evt(...argv) {
  let stdout = '';
  let stderr = '';
  const io = {
    stdout: (/** @type {string} */ t) => void (stdout += t),
    stderr: (/** @type {string} */ t) => void (stderr += t),
    cwd: PROJECT_ROOT,
    env: { NO_COLOR: '1', EVT_TODAY: '2026-01-01' },
    isTTY: false,
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

const copy = (/** @type {string} */ caseDir) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'evt-hostile-copy-'));
  fs.cpSync(caseDir, dir, { recursive: true });
  return dir;
};
/** @param {string} caseDir @param {string | undefined} hostileFile */
async function runCase(caseDir, hostileFile) {
  const results = {};
  results.lint = await evt('lint', caseDir, '--format', 'json');
  results.lintText = await evt('lint', caseDir);
  results.check = await evt('check', caseDir, '--format', 'json');
  results.diff = await evt('diff', caseDir, '--format', 'json');
  results.initStdout = await evt('init', caseDir, '--stdout');
  const writable = copy(caseDir);
  results.init = await evt('init', writable);
  results.new = await evt('new', 'order.refunded', writable);
  results.approve = await evt(
    'approve',
    writable,
    '--reason',
    'hostile corpus',
    '--by',
    'evt-tests',
    '--expires',
    '2099-01-01',
  );
  results.relint = await evt('lint', writable, '--format', 'json');
  fs.rmSync(writable, { recursive: true, force: true });
  if (hostileFile) {
    const placed = path.join(caseDir, 'schemas/order.placed.schema.json');
    results.diffFiles = await evt('diff', placed, path.join(caseDir, hostileFile), '--format', 'json');
    // the same file as v2 of a versioned event, so repo diff and check pair it with a clean v1
    const versioned = fs.mkdtempSync(path.join(os.tmpdir(), 'evt-hostile-versioned-'));
    fs.mkdirSync(path.join(versioned, 'events/order.shipped'), { recursive: true });
    fs.copyFileSync(placed, path.join(versioned, 'events/order.shipped/v1.schema.json'));
    fs.copyFileSync(
      path.join(caseDir, hostileFile),
      path.join(versioned, `events/order.shipped/v2.schema${path.extname(hostileFile)}`),
    );
    results.versionedCheck = await evt('check', versioned, '--format', 'json');
    fs.rmSync(versioned, { recursive: true, force: true });
  }
  return results;
}

/** @type {Record<string, unknown>} */
const all = {};
for (const arg of process.argv.slice(2)) {
  const [caseDir = '', hostileFile] = arg.split(':'); // split always yields a first part
  all[path.basename(caseDir)] = await runCase(caseDir, hostileFile);
}
process.stdout.write(JSON.stringify(all));
