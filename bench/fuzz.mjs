#!/usr/bin/env node
// npm run fuzz [-- --runs 100000 --seed 1 --lint-every 1]
// Generated schema pairs (old, mutated new), many of them hostile (wrong types where subschemas
// belong, evil regexes, $ref cycles and remote refs, deep nesting, broken text), through the diff
// engine (diffDocuments, with witnesses) and through lint (loader + every lint rule, in memory), in this
// process, timing each case. Reports crashes (any exception) and runs over one second; the first
// failing inputs are written to a JSON file for reproduction. Not part of npm test.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { diffDocuments } from '../dist/diff/index.js';
import { lintRepo } from '../dist/lint/lint.js';
import { loadContractRepo } from '../dist/repo/load.js';
import { presetConfig } from '../dist/repo/presets.js';

const args = {};
for (let k = 2; k < process.argv.length; k++) {
  const arg = process.argv[k];
  if (!arg.startsWith('--')) continue;
  const next = process.argv[k + 1];
  if (next === undefined || next.startsWith('--')) args[arg.slice(2)] = true;
  else [args[arg.slice(2)], k] = [next, k + 1];
}
const RUNS = Number(args.runs ?? 100_000);
const SEED = Number(args.seed ?? 1);
const LINT_EVERY = Number(args['lint-every'] ?? 1);
const SLOW_MS = 1000;
const started = performance.now();
const ONLY = args.only; // 'diff' or 'lint' to fuzz one side

/** mulberry32: small, seeded, reproducible. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
let random = rng(SEED);
const int = (n) => Math.floor(random() * n);
const pick = (xs) => xs[int(xs.length)];
const chance = (p) => random() < p;

const NAMES = ['id', 'name', 'amount', 'a', 'b', '__proto__', 'constructor', 'x y', '', 'ü', '$ref', 'a/b~c'];
const PATTERNS = [
  '^[a-z]+$',
  '^[A-Z]{3}$',
  '^(a+)+$',
  '^(x+x+)+y$',
  '(a|aa)*b',
  '^\\d{4}-\\d{2}$',
  '([a-z',
  '(?<n>a)\\k<n>',
  '.*',
  '^$',
  '\\p{L}+',
  '^(\\w+\\s?)*$',
];
const FORMATS = ['date-time', 'email', 'uri', 'uuid', 'ipv4', 'no-such-format', 'regex'];
const REFS = [
  '#',
  '#/$defs/a',
  '#/$defs/b',
  '#/definitions/x',
  '#/properties/a',
  'other.schema.json',
  'https://example.com/s.json',
  'file:///etc/passwd',
  '../../../etc/passwd',
  '#/$defs/missing',
  'urn:x',
  '#%2F',
];
const TYPES = ['string', 'integer', 'number', 'boolean', 'null', 'object', 'array', 'nope'];
const NUMBERS = [0, 1, -1, 0.5, 1e308, -1e308, 3, 10, 2 ** 53 + 1, 1e-7];

/** A hostile value where a subschema is expected, sometimes. */
function junk() {
  return pick(['no', 42, null, [], [1, 'a'], { type: 7 }, -1, '', { $ref: 12 }, 1e400]);
}

function schema(depth) {
  if (depth <= 0 || chance(0.15)) return chance(0.1) ? pick([true, false]) : leaf();
  if (chance(0.04)) return junk();
  const s = {};
  const kind = int(9);
  if (kind <= 2) {
    s.type = chance(0.1) ? [pick(TYPES), pick(TYPES)] : 'object';
    s.properties = {};
    for (let i = int(4); i > 0; i--) s.properties[pick(NAMES)] = schema(depth - 1);
    if (chance(0.5))
      s.required = Object.keys(s.properties)
        .filter(() => chance(0.5))
        .concat(chance(0.1) ? ['ghost'] : []);
    if (chance(0.4)) s.additionalProperties = chance(0.5) ? chance(0.5) : schema(depth - 1);
    if (chance(0.15)) s.patternProperties = { [pick(PATTERNS)]: schema(depth - 1) };
    if (chance(0.1)) s.minProperties = pick(NUMBERS);
    if (chance(0.1)) s.dependentRequired = { [pick(NAMES)]: [pick(NAMES)] };
  } else if (kind === 3) {
    s.type = 'array';
    if (chance(0.7)) s.items = schema(depth - 1);
    if (chance(0.2)) s.prefixItems = [schema(depth - 1), schema(depth - 1)];
    if (chance(0.3)) s.minItems = pick(NUMBERS);
    if (chance(0.2)) s.maxItems = pick(NUMBERS);
    if (chance(0.1)) s.uniqueItems = chance(0.5);
  } else if (kind === 4) {
    s[pick(['anyOf', 'oneOf', 'allOf'])] = Array.from({ length: 1 + int(3) }, () => schema(depth - 1));
  } else if (kind === 5) {
    s.$ref = pick(REFS);
    if (chance(0.5)) s.$defs = { a: schema(depth - 1), b: chance(0.5) ? { $ref: '#/$defs/a' } : schema(depth - 1) };
  } else if (kind === 6) {
    s.not = schema(depth - 1);
  } else if (kind === 7) {
    s.if = schema(depth - 1);
    s.then = schema(depth - 1);
    if (chance(0.5)) s.else = schema(depth - 1);
  } else {
    Object.assign(s, leaf());
  }
  if (chance(0.05))
    s.$schema = pick([
      'http://json-schema.org/draft-07/schema#',
      'http://json-schema.org/draft-04/schema#',
      'https://example.com/meta',
      'https://json-schema.org/draft/2020-12/schema',
    ]);
  if (chance(0.1)) s.examples = [example(), example()];
  if (chance(0.05)) s.default = example();
  return s;
}

function leaf() {
  const s = { type: pick(TYPES) };
  if (s.type === 'string') {
    if (chance(0.3)) s.pattern = pick(PATTERNS);
    if (chance(0.2)) s.format = pick(FORMATS);
    if (chance(0.2)) s.minLength = pick(NUMBERS);
    if (chance(0.2)) s.maxLength = pick(NUMBERS);
  } else if (s.type === 'integer' || s.type === 'number') {
    if (chance(0.3)) s.minimum = pick(NUMBERS);
    if (chance(0.3)) s.maximum = pick(NUMBERS);
    if (chance(0.2)) s.multipleOf = pick(NUMBERS);
    if (chance(0.1)) s.exclusiveMinimum = pick([true, 0, 5]);
  }
  if (chance(0.15)) s.enum = Array.from({ length: 1 + int(4) }, example);
  if (chance(0.05)) s.const = example();
  return s;
}

function example() {
  return pick([
    'a',
    'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!',
    'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    1,
    -1,
    0.5,
    null,
    true,
    [],
    {},
    { a: 1 },
    [1, 2, 2],
    '2026-01-01T00:00:00Z',
  ]);
}

/** The new version: the old one with a few random edits (so the diff has something to classify). */
function mutate(s, depth = 0) {
  if (chance(0.08) || depth > 12) return schema(3);
  if (s === null || typeof s !== 'object' || Array.isArray(s)) return chance(0.5) ? s : leaf();
  const copy = { ...s };
  for (const key of Object.keys(copy)) {
    if (chance(0.1)) delete copy[key];
    else if (copy[key] !== null && typeof copy[key] === 'object' && chance(0.5))
      copy[key] = Array.isArray(copy[key])
        ? copy[key].map((x) => (chance(0.3) ? mutate(x, depth + 1) : x))
        : mutate(copy[key], depth + 1);
  }
  if (chance(0.2)) Object.assign(copy, leaf());
  return copy;
}

/** Text-level damage for the loader: truncation, trailing commas, duplicate keys, bad bytes. */
function damage(text) {
  const r = int(40);
  if (r === 0) return text.slice(0, int(text.length));
  if (r === 1) return text.replace('}', ',}');
  if (r === 2) return text.replace('{', '{"type": "x",');
  if (r === 3) return `\ufeff${text}`;
  if (r === 4) return text.replace(/"/, "'");
  return text;
}

const config = presetConfig('go4u');
const FILES = ['events/order.shipped/v1.schema.json', 'events/order.shipped/v2.schema.json'];
const stats = { runs: 0, diffCrashes: 0, lintCrashes: 0, slow: 0, maxDiffMs: 0, maxLintMs: 0, findings: 0 };
const failures = [];
const perKind = new Map();
const record = (kind, error, ms, oldDoc, newDoc, texts) => {
  // at most five inputs per kind of failure (kind + first line of the error)
  const key = `${kind} ${error ? String(error.message).slice(0, 60) : ''}`;
  perKind.set(key, (perKind.get(key) ?? 0) + 1);
  if (perKind.get(key) <= 5)
    failures.push({
      kind,
      error: error
        ? String(error.stack ?? error)
            .split('\n')
            .slice(0, 4)
            .join('\n')
        : undefined,
      ms,
      old: oldDoc,
      new: newDoc,
      texts,
    });
};

const FROM = Number(args.from ?? 0);
const TO = Number(args.to ?? RUNS);
const TRACE = args.trace;
const HANG_MS = 30_000;

// a child never spawns children (EVT_FUZZ_CHILD is set for it, whatever its arguments say)
if (args.child === true || process.env.EVT_FUZZ_CHILD === '1') {
  await runRange();
  process.stdout.write(`\n@@result ${JSON.stringify({ stats, failures, perKind: Object.fromEntries(perKind) })}\n`);
} else {
  await parent();
}

async function runRange() {
  for (let i = FROM; i < TO; i++) {
    // one seed per case: a child process can start anywhere in the sequence
    random = rng((SEED * 1_000_003 + i) >>> 0);
    const oldDoc = schema(1 + int(5));
    const newDoc = mutate(oldDoc);
    // the parent learns which case killed or stalled a child from this file
    if (TRACE) fs.writeFileSync(TRACE, JSON.stringify({ i, old: oldDoc, new: newDoc }));
    let t = performance.now();
    if (ONLY !== 'lint')
      try {
        stats.findings += diffDocuments(oldDoc, newDoc, {
          mode: pick(['backward', 'forward', 'full', 'none']),
          policy: pick(['strict', 'lenient']),
          witnesses: true,
        }).length;
      } catch (error) {
        stats.diffCrashes++;
        record('diff crash', error, 0, oldDoc, newDoc);
      }
    let ms = performance.now() - t;
    stats.maxDiffMs = Math.max(stats.maxDiffMs, ms);
    if (ms > SLOW_MS) {
      stats.slow++;
      record('diff slow', undefined, ms, oldDoc, newDoc);
    }
    if (ONLY !== 'diff' && i % LINT_EVERY === 0) {
      const texts = [damage(JSON.stringify(oldDoc, null, 2)), damage(JSON.stringify(newDoc))];
      t = performance.now();
      try {
        const repo = await loadContractRepo('/nonexistent/fuzz', {
          resolvedConfig: config,
          reader: () => ({ files: FILES, linkedDirs: [], read: (file) => texts[FILES.indexOf(file)] }),
        });
        stats.findings += lintRepo(repo).findings.length;
      } catch (error) {
        stats.lintCrashes++;
        record('lint crash', error, 0, oldDoc, newDoc, texts);
      }
      ms = performance.now() - t;
      stats.maxLintMs = Math.max(stats.maxLintMs, ms);
      if (ms > SLOW_MS) {
        stats.slow++;
        record('lint slow', undefined, ms, oldDoc, newDoc, texts);
      }
    }
    stats.runs++;
    if ((i + 1) % Number(args.progress ?? 10_000) === 0)
      process.stderr.write(
        `  ${i + 1} pairs, ${stats.diffCrashes + stats.lintCrashes} crashes, ${stats.slow} slow, ${((performance.now() - started) / 1000).toFixed(0)} s, heap ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MB\n`,
      );
  }
}

/**
 * Runs the cases in child processes (two at a time) so that a case that aborts Node (out of memory)
 * or hangs is recorded as a failure of that case and the run goes on from the next one.
 */
async function parent() {
  const { spawn } = await import('node:child_process');
  const started = performance.now();
  const total = {
    runs: 0,
    diffCrashes: 0,
    lintCrashes: 0,
    slow: 0,
    maxDiffMs: 0,
    maxLintMs: 0,
    findings: 0,
    aborted: 0,
    hung: 0,
  };
  const allFailures = [];
  const kinds = {};
  const runChild = (from, to, lane) =>
    new Promise((resolve) => {
      const trace = path.join(os.tmpdir(), `evt-fuzz-trace-${process.pid}-${lane}.json`);
      fs.rmSync(trace, { force: true });
      const child = spawn(
        process.execPath,
        [
          '--max-old-space-size=1536',
          process.argv[1],
          '--child',
          '--from',
          String(from),
          '--to',
          String(to),
          '--seed',
          String(SEED),
          '--trace',
          trace,
          '--lint-every',
          String(LINT_EVERY),
          ...(ONLY ? ['--only', ONLY] : []),
        ],
        { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, EVT_FUZZ_CHILD: '1' } },
      );
      let out = '';
      child.stdout.on('data', (d) => (out += d));
      let last = { i: from - 1, at: performance.now() };
      const watch = setInterval(() => {
        let i = last.i;
        try {
          i = JSON.parse(fs.readFileSync(trace, 'utf8')).i;
        } catch {}
        if (i !== last.i) last = { i, at: performance.now() };
        else if (performance.now() - last.at > HANG_MS) child.kill('SIGKILL');
      }, 1000);
      child.on('close', (code, signal) => {
        clearInterval(watch);
        const line = out.split('\n').find((l) => l.startsWith('@@result '));
        if (line) return resolve({ done: to, result: JSON.parse(line.slice(9)) });
        let current;
        try {
          current = JSON.parse(fs.readFileSync(trace, 'utf8'));
        } catch {}
        const at = current?.i ?? from;
        const kind =
          signal === 'SIGKILL' ? `hung over ${HANG_MS / 1000} s` : `process aborted (exit ${code}; out of memory?)`;
        resolve({
          done: at + 1,
          result: {
            stats: { runs: at - from + 1 },
            failures: [{ kind, i: at, old: current?.old, new: current?.new }],
            perKind: { [kind]: 1 },
          },
          hung: signal === 'SIGKILL',
        });
      });
    });
  const lane = async (from, to, id) => {
    for (let next = from; next < to; ) {
      const { done, result } = await runChild(next, to, id);
      next = done;
      const st = result.stats;
      total.runs += st.runs ?? 0;
      for (const k of ['diffCrashes', 'lintCrashes', 'slow', 'findings']) total[k] += st[k] ?? 0;
      total.maxDiffMs = Math.max(total.maxDiffMs, st.maxDiffMs ?? 0);
      total.maxLintMs = Math.max(total.maxLintMs, st.maxLintMs ?? 0);
      if (!st.diffCrashes && result.failures[0]?.kind.startsWith('hung')) total.hung++;
      else if (!st.diffCrashes && result.failures[0]?.kind.startsWith('process')) total.aborted++;
      for (const [k, v] of Object.entries(result.perKind)) kinds[k] = (kinds[k] ?? 0) + v;
      for (const f of result.failures) if (allFailures.filter((x) => x.kind === f.kind).length < 5) allFailures.push(f);
    }
  };
  const half = Math.ceil(RUNS / 2);
  await Promise.all([lane(0, half, 0), lane(half, RUNS, 1)]);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const out = path.join(os.tmpdir(), `evt-fuzz-failures-${SEED}.json`);
  if (allFailures.length) fs.writeFileSync(out, JSON.stringify(allFailures, null, 2));
  console.log(
    `evt fuzz ${new Date().toISOString().slice(0, 10)} seed ${SEED}: ${total.runs} schema pairs through diff (witnesses on) and lint in ${seconds} s`,
  );
  console.log(
    `  crashes: diff ${total.diffCrashes}, lint ${total.lintCrashes}, process aborted ${total.aborted}, hung ${total.hung}; runs over ${SLOW_MS} ms: ${total.slow}; max diff ${total.maxDiffMs.toFixed(0)} ms, max lint ${total.maxLintMs.toFixed(0)} ms; ${total.findings} findings`,
  );
  if (allFailures.length)
    console.log(`  failures by kind: ${JSON.stringify(kinds)}\n  first inputs of each kind: ${out}`);
  process.exitCode = total.diffCrashes + total.lintCrashes + total.aborted + total.hung + total.slow === 0 ? 0 : 1;
}
