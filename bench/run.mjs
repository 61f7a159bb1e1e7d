#!/usr/bin/env node
// npm run bench: evt at N=1,000 and N=10,000 events against the I/O floor (read + JSON.parse every
// file), each command timed as a whole process (wall time and peak RSS), median of RUNS runs.
//   node bench/run.mjs [--runs 5] [--only lint,diff,...] [--sizes 1000,10000]
// Repos are generated with ../shared/bench/gen-repo.mjs into os.tmpdir() and reused when present.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoDir = path.resolve(here, '..');
const shared = path.resolve(process.env.EVT_SHARED_DIR ?? path.join(repoDir, '../shared'));
const evt = path.join(repoDir, 'bin/evt.js');
const floorScript = path.join(shared, 'bench/floor.mjs');
const args = parseArgs(process.argv.slice(2));
const TIME = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

function parseArgs(argv) {
  const out = { runs: 5, only: undefined, sizes: [1000, 10000] };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--runs') out.runs = Number(argv[++i]);
    else if (argv[i] === '--only') out.only = new Set(argv[++i].split(','));
    else if (argv[i] === '--sizes') out.sizes = argv[++i].split(',').map(Number);
  }
  return out;
}

function ensureRepo(events) {
  const dir = path.join(os.tmpdir(), `evt-bench-${events}`);
  if (!fs.existsSync(path.join(dir, 'contracts'))) {
    process.stderr.write(`generating ${dir}\n`);
    execFileSync(
      process.execPath,
      [path.join(shared, 'bench/gen-repo.mjs'), dir, '--events', String(events), '--seed', '1', '--force'],
      { stdio: ['ignore', process.stderr, 'inherit'] },
    );
  }
  return dir;
}

/** One whole-process run: wall ms and peak RSS in MB (GNU time's %M, else VmHWM polled from /proc). */
function runOnce(argv, cwd) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const rssFile = path.join(os.tmpdir(), `evt-bench-rss-${process.pid}`);
    const [cmd, cmdArgs] = TIME
      ? [TIME, ['-f', '%M %U %S', '-o', rssFile, process.execPath, ...argv]]
      : [process.execPath, argv];
    const child = spawn(cmd, cmdArgs, {
      cwd,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, NO_PROGRESS: '1', NO_COLOR: '1' },
    });
    let stderr = '';
    let hwm = 0;
    const poll = TIME ? undefined : setInterval(() => (hwm = Math.max(hwm, vmHwm(child.pid))), 5);
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      if (poll) clearInterval(poll);
      if (code !== 0 && code !== 1) return reject(new Error(`${argv.join(' ')} exited ${code}: ${stderr.slice(-500)}`));
      const [kb, user, sys] = TIME
        ? fs.readFileSync(rssFile, 'utf8').trim().split('\n').pop().split(' ').map(Number)
        : [hwm, NaN, NaN];
      resolve({ ms, mb: kb / 1024, cpu: (user + sys) * 1000 });
    });
  });
}

function vmHwm(pid) {
  try {
    const m = /VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** A git copy of the repo with 10 events' files modified, for `--changed --against HEAD`. */
function gitCopy(source) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'evt-bench-git-'));
  fs.cpSync(source, dir, { recursive: true });
  const git = (...a) => execFileSync('git', a, { cwd: dir, stdio: 'ignore' });
  git('init', '-q');
  git('add', '-A');
  git('-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid', 'commit', '-q', '-m', 'base');
  const contracts = path.join(dir, 'contracts');
  const touched = [];
  for (const contract of fs.readdirSync(contracts).sort()) {
    const payloads = path.join(contracts, contract, 'schema/payloads');
    if (!fs.existsSync(payloads)) continue;
    const newest = fs
      .readdirSync(payloads)
      .filter((f) => f.endsWith('-v2.json'))
      .sort()[0];
    if (!newest) continue;
    const file = path.join(payloads, newest);
    const json = JSON.parse(fs.readFileSync(file, 'utf8'));
    json.properties = { ...json.properties, bench_note: { type: 'string' } };
    fs.writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
    touched.push(file);
    if (touched.length === 10) break;
  }
  return dir;
}

/** A generated repo's consecutive version pairs, as repo-relative paths `[older, newer]`. */
function versionPairFiles(dir) {
  const byEvent = new Map();
  for (const rel of fs
    .readdirSync(dir, { recursive: true })
    .filter((f) => /-v\d+\.json$/.test(f))
    .sort()) {
    const m = /^(.*)-v(\d+)\.json$/.exec(rel);
    byEvent.set(m[1], [...(byEvent.get(m[1]) ?? []), [Number(m[2]), rel]]);
  }
  const pairs = [];
  for (const versions of byEvent.values()) {
    versions.sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < versions.length; i++) pairs.push([versions[i - 1][1], versions[i][1]]);
  }
  return pairs;
}

async function jsonSchemaDiffOnPairs(dir, budgetMs = 60_000) {
  const jsd = (await import('json-schema-diff')).default;
  const pairs = versionPairFiles(dir);
  const strip = (s) => Object.fromEntries(Object.entries(s).filter(([k]) => k !== '$schema'));
  const started = performance.now();
  let ran = 0;
  let threw = 0;
  for (const [a, b] of pairs) {
    if (performance.now() - started > budgetMs) break;
    const read = (f) => strip(JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')));
    try {
      await jsd.diffSchemas({ sourceSchema: read(a), destinationSchema: read(b) });
      ran++;
    } catch {
      threw++;
    }
  }
  return { pairs: pairs.length, ran, threw, ms: performance.now() - started };
}

/**
 * Every version pair of every corpus timed on its own, in process (diffPair; witnesses on for the
 * corpora, as `evt diff old.json new.json` runs them, and both ways for the generated repos: evt
 * leaves witnesses out over 200 pairs unless --witnesses asks). One pair is diffed first so ajv's and the JIT's start-up are not
 * charged to whichever pair comes first.
 */
async function slowestPairs() {
  const { diffPair } = await import(path.join(repoDir, 'dist/diff/index.js'));
  const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));
  const repoPairs = (dir) =>
    versionPairFiles(dir).map(([a, b]) => [b, readJson(path.join(dir, a)), readJson(path.join(dir, b))]);
  const confluent = () =>
    [
      'diff-schema-examples.json',
      'diff-combined-schema-examples.json',
      'diff-schema-examples-2020-12.json',
      'diff-combined-schema-examples-2020-12.json',
    ].flatMap((file) =>
      JSON.parse(
        fs.readFileSync(path.join(shared, 'corpora/confluent', file), 'utf8').replace(/,(\s*[}\]])/g, '$1'),
      ).map((c, i) => [`${file}#${i}`, c.original_schema, c.update_schema]),
    );
  const fixtureDir = path.join(repoDir, 'fixtures/diff');
  const fixtures = () =>
    fs.readdirSync(fixtureDir).flatMap((name) => {
      const dir = path.join(fixtureDir, name);
      const side = (s) =>
        fs
          .readdirSync(path.join(dir, s))
          .filter((f) => /\.json$/.test(f))
          .map((f) => readJson(path.join(dir, s, f)));
      try {
        const [a, b] = [side('previous'), side('current')];
        return a.length === 1 && b.length === 1 ? [[name, a[0], b[0]]] : [];
      } catch {
        return [];
      }
    });
  // one ajv instance per draft is made on first use (tens of ms each): make them before timing
  for (const $schema of [
    undefined,
    'http://json-schema.org/draft-04/schema#',
    'http://json-schema.org/draft-06/schema#',
    'https://json-schema.org/draft/2019-09/schema',
    'https://json-schema.org/draft/2020-12/schema',
  ]) {
    const schema = (type) => ({
      ...($schema ? { $schema } : {}),
      type: 'object',
      properties: { a: { type, format: 'date-time', pattern: '^a' } },
      required: ['a'],
    });
    diffPair(schema('string'), schema('integer'), { mode: 'backward', policy: 'strict', witnesses: true });
  }
  const corpora = [
    ['Confluent corpus (witnesses on)', confluent, true],
    ['fixtures/diff (witnesses on)', fixtures, true],
    ...args.sizes.flatMap((n) => [
      [
        `N=${n.toLocaleString('en')} repo (witnesses off, as evt diff runs it over 200 pairs)`,
        () => repoPairs(ensureRepo(n)),
        false,
      ],
      [`N=${n.toLocaleString('en')} repo (witnesses on, \`--witnesses\`)`, () => repoPairs(ensureRepo(n)), true],
    ]),
  ];
  const out = ['| version pairs of | pairs | slowest pair | median | where |', '|---|---:|---:|---:|---|'];
  for (const [label, load, witnesses] of corpora) {
    const times = [];
    let slowest = ['', 0];
    for (const [name, a, b] of load()) {
      const started = performance.now();
      diffPair(a, b, { mode: 'backward', policy: 'strict', witnesses });
      const ms = performance.now() - started;
      times.push(ms);
      if (ms > slowest[1]) slowest = [name, ms];
    }
    out.push(
      `| ${label} | ${times.length.toLocaleString('en')} | ${slowest[1].toFixed(1)} ms | ${median(times).toFixed(2)} ms | \`${slowest[0]}\` |`,
    );
  }
  return out;
}

/**
 * Round-robin: every run measures the floor and each command once, so a machine that slows down
 * for a while (other processes on 2 cores) slows the floor and the commands alike.
 */
async function measureSide(cases) {
  const runs = Object.fromEntries(cases.map(([label]) => [label, []]));
  for (let i = 0; i < args.runs; i++) {
    for (const [label, argv, cwd] of cases) runs[label].push(await runOnce(argv, cwd));
  }
  const out = {};
  for (const [label] of cases) {
    out[label] = {
      ms: median(runs[label].map((r) => r.ms)),
      cpu: median(runs[label].map((r) => r.cpu)),
      mb: Math.max(...runs[label].map((r) => r.mb)),
    };
    process.stderr.write(
      `  ${label}: ${out[label].ms.toFixed(0)} ms, cpu ${out[label].cpu.toFixed(0)} ms, ${out[label].mb.toFixed(0)} MB\n`,
    );
  }
  return out;
}

const rows = [];
const sizes = {};
const want = (k) => !args.only || args.only.has(k);
for (const n of args.sizes) {
  const dir = ensureRepo(n);
  process.stderr.write(`N=${n} (${dir})\n`);
  const cache = path.join(os.tmpdir(), `evt-bench-cache-${n}`);
  fs.rmSync(cache, { recursive: true, force: true });
  const cases = [['floor', [floorScript, dir], repoDir]];
  for (const [label, argv] of [
    ['lint', ['lint', dir]],
    ['diff', ['diff', dir]],
    ['check', ['check', dir]],
    ['check --cache (warm)', ['check', dir, '--cache', '--cache-location', cache]],
    // the same commands on one thread, to show what the second one buys (src/plan/sharded.ts)
    ['lint --concurrency off', ['lint', dir, '--concurrency', 'off']],
    ['diff --concurrency off', ['diff', dir, '--concurrency', 'off']],
    ['check --concurrency off', ['check', dir, '--concurrency', 'off']],
  ]) {
    if (want(label.split(' ')[0])) cases.push([label, [evt, ...argv], repoDir]);
  }
  if (want('check')) await runOnce([evt, 'check', dir, '--cache', '--cache-location', cache], repoDir); // fill the cache
  let gitDir;
  if (n === Math.max(...args.sizes) && want('changed')) {
    gitDir = gitCopy(dir);
    cases.push([
      'check --changed --against HEAD (10 events)',
      [evt, 'check', gitDir, '--changed', '--against', 'HEAD'],
      repoDir,
    ]);
  }
  const measured = await measureSide(cases);
  if (gitDir) fs.rmSync(gitDir, { recursive: true, force: true });
  const floor = measured.floor;
  const results = Object.fromEntries(Object.entries(measured).filter(([k]) => k !== 'floor'));
  sizes[n] = { floor, results };
  for (const [label, r] of Object.entries(results))
    rows.push({ n, label, ...r, ratio: r.ms / floor.ms, cpuRatio: r.cpu / floor.cpu });
  rows.push({ n, label: 'floor (read + JSON.parse)', ...floor, ratio: 1, cpuRatio: 1 });
}

const lines = [
  '| N events | command | median wall | x floor (wall) | median CPU (user+sys) | x floor (CPU) | peak RSS |',
  '|---:|---|---:|---:|---:|---:|---:|',
];
const secs = (ms) => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(2)} s` : 'n/a');
for (const r of rows)
  lines.push(
    `| ${r.n.toLocaleString('en')} | \`${r.label}\` | ${secs(r.ms)} | ${r.ratio.toFixed(2)} | ${secs(r.cpu)} | ${Number.isFinite(r.cpuRatio) ? r.cpuRatio.toFixed(2) : 'n/a'} | ${r.mb.toFixed(0)} MB |`,
  );
const [small, big] = [Math.min(...args.sizes), Math.max(...args.sizes)];
if (small !== big) {
  lines.push(
    '',
    `Growth N=${big.toLocaleString('en')} / N=${small.toLocaleString('en')}: ${Object.keys(sizes[big].results)
      .filter((k) => sizes[small].results[k])
      .map((k) => `${k} ${(sizes[big].results[k].ms / sizes[small].results[k].ms).toFixed(1)}x`)
      .join(', ')}`,
  );
}
if (!args.only || args.only.has('jsd')) {
  const jsd = await jsonSchemaDiffOnPairs(ensureRepo(small));
  lines.push(
    '',
    `json-schema-diff API on the N=${small.toLocaleString('en')} pairs (in-process, \`$schema\` stripped, 60 s cap): ${jsd.ran} of ${jsd.pairs} pairs ran, ${jsd.threw} threw, ${(jsd.ms / 1000).toFixed(1)} s (${(jsd.ms / Math.max(1, jsd.ran + jsd.threw)).toFixed(1)} ms a pair); ${sizes[small].results.diff ? `evt diff on the same pairs: ${(sizes[small].results.diff.ms / 1000).toFixed(2)} s as a whole process.` : ''}`,
  );
}
if (!args.only || args.only.has('pairs')) lines.push('', ...(await slowestPairs()));
lines.push(
  '',
  `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, load average at the end ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(
      ' / ',
    )}, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'}), Node ${process.version}, ${args.runs} rounds (floor and every command once per round), medians; peak RSS is the largest of the runs.`,
);
process.stdout.write(`${lines.join('\n')}\n`);
