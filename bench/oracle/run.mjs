#!/usr/bin/env node
// npm run oracle [-- --pairs 5000 --seed 1 --modes backward,forward --policies strict,lenient
//                   --json dist/oracle/summary.json --disagreements file.jsonl --evt dist/index.js]
// The referee (docs/conformance.md, "The referee"): seeded random schema pairs, an independent witness
// search checked with ajv, and evt's verdicts scored against it: precision and recall of breaking
// verdicts, the share of breaking findings whose witness verifies, the additions convention apart,
// and the slowest pair. Prints a table, writes a JSON summary; with --disagreements, merges every
// disagreement into that JSON-lines file (at most 10 per class, smallest first).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { MODES, POLICIES } from './judge.mjs';
import { generatePairs } from './pairs.mjs';
import { dedupeByClass, figures, scorePairs, shrinkDisagreement } from './score.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const USAGE =
  'options: --pairs N, --seed N, --modes backward,forward, --policies strict,lenient, --json FILE, --disagreements FILE, --shrink N, --evt dist/index.js';

function parseArgs(argv) {
  const known = new Set(['pairs', 'seed', 'modes', 'policies', 'json', 'disagreements', 'shrink', 'evt']);
  const args = {};
  for (let k = 0; k < argv.length; k++) {
    const name = argv[k].replace(/^--/, '');
    if (!argv[k].startsWith('--') || !known.has(name) || argv[k + 1] === undefined) fail(`bad option ${argv[k]}`);
    args[name] = argv[++k];
  }
  const list = (text, allowed, label) => {
    const items = text.split(',').filter(Boolean);
    for (const item of items)
      if (!allowed.includes(item)) fail(`unknown ${label} ${item} (one of ${allowed.join(', ')})`);
    return items;
  };
  const count = (text, label) => {
    const value = Number(text);
    if (!Number.isInteger(value) || value < 0) fail(`--${label} must be a whole number, got ${text}`);
    return value;
  };
  return {
    pairs: count(args.pairs ?? '5000', 'pairs'),
    seed: count(args.seed ?? '1', 'seed'),
    modes: list(args.modes ?? MODES.join(','), MODES, 'mode'),
    policies: list(args.policies ?? POLICIES.join(','), POLICIES, 'policy'),
    json: path.resolve(args.json ?? path.join(repo, 'dist/oracle/summary.json')),
    disagreements: args.disagreements ? path.resolve(args.disagreements) : undefined,
    shrink: count(args.shrink ?? '0', 'shrink'),
    evt: path.resolve(args.evt ?? path.join(repo, 'dist/index.js')),
  };
}

function fail(message) {
  console.error(`oracle: ${message} (${USAGE})`);
  process.exit(2);
}

const options = parseArgs(process.argv.slice(2));
if (!fs.existsSync(options.evt)) fail(`${options.evt} not found: run npm run build first`);
const { diffDocuments } = await import(pathToFileURL(options.evt).href);
const started = performance.now();
const pairs = generatePairs({ seed: options.seed, count: options.pairs });
const result = scorePairs(pairs, {
  diffDocuments,
  seed: options.seed,
  modes: options.modes,
  policies: options.policies,
  onProgress: (done) => process.stderr.write(`\roracle: ${done}/${pairs.length} pairs`),
});
process.stderr.write('\n');
const seconds = (performance.now() - started) / 1000;

const rows = Object.entries(result.cells).map(([key, cell]) => ({ key, ...cell, ...figures(cell) }));
const percent = (value) => `${(value * 100).toFixed(2)}%`;
console.log(
  `oracle: seed ${options.seed}, ${result.pairs} pairs (${result.unjudged} refused by ajv), ${seconds.toFixed(1)} s`,
);
console.log(
  '| mode / policy | evt breaking | proven | evt error, proven | convention (warning), proven | false positives | false negatives | precision | recall | verified witnesses |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|');
for (const row of rows) {
  const reported = row.truePositive + row.convention + row.falsePositive;
  const proven = row.truePositive + row.convention + row.falseNegative;
  console.log(
    `| ${row.key} | ${reported} | ${proven} | ${row.truePositive} | ${row.convention} | ${row.falsePositive} | ${row.falseNegative} | ${percent(row.precision)} | ${percent(row.recall)} | ${row.verifiedWitnesses} / ${row.findings} (${percent(row.witnessShare)}) |`,
  );
}
console.log(
  `slowest evt pair: ${result.slowest.ms.toFixed(1)} ms, best of 3 re-runs (${result.slowest.id}, ${result.slowest.mode}/${result.slowest.policy}; witnesses on; ${result.slowest.firstMs.toFixed(1)} ms in the run)`,
);
const classes = new Map();
for (const item of result.disagreements) classes.set(item.class, (classes.get(item.class) ?? 0) + 1);
for (const [name, count] of [...classes].sort((a, b) => b[1] - a[1])) console.log(`  ${count}\t${name}`);

fs.mkdirSync(path.dirname(options.json), { recursive: true });
const summary = {
  date: new Date().toISOString(),
  seed: options.seed,
  pairs: result.pairs,
  unjudged: result.unjudged,
  seconds: Number(seconds.toFixed(1)),
  slowest: result.slowest,
  cells: Object.fromEntries(rows.map(({ key, ...rest }) => [key, rest])),
  disagreementClasses: Object.fromEntries(classes),
};
fs.writeFileSync(options.json, `${JSON.stringify(summary, null, 2)}\n`);
console.log(`summary: ${path.relative(process.cwd(), options.json)}`);

if (options.disagreements) {
  const previous = fs.existsSync(options.disagreements)
    ? fs
        .readFileSync(options.disagreements, 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => JSON.parse(line))
    : [];
  // --shrink N: the N smallest of each class are made smaller first (members dropped while the
  // same disagreement remains); the smaller copy replaces the original in the file.
  const chosen = options.shrink > 0 ? dedupeByClass(result.disagreements, options.shrink) : [];
  const shrunk = chosen.map((item, k) => {
    process.stderr.write(`\roracle: shrinking ${k + 1}/${chosen.length}`);
    return shrinkDisagreement(item, { diffDocuments });
  });
  if (chosen.length > 0) process.stderr.write('\n');
  const kept = dedupeByClass([...shrunk, ...previous, ...result.disagreements]);
  fs.mkdirSync(path.dirname(options.disagreements), { recursive: true });
  fs.writeFileSync(options.disagreements, kept.map((item) => `${JSON.stringify(item)}\n`).join(''));
  console.log(`disagreements: ${kept.length} kept in ${options.disagreements}`);
}
