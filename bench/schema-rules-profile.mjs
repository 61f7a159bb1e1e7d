#!/usr/bin/env node
// Times the schema rules on a generated repo (not a unit test):
//   node /work/shared/bench/gen-repo.mjs /tmp/gen10k --events 10000 --seed 1
//   npx tsc -p tsconfig.json && node bench/schema-rules-profile.mjs /tmp/gen10k
import { loadContractRepo } from '../dist/repo/load.js';
import { lintRulesOf } from '../dist/rules/index.js';
import { runRules } from '../dist/rules/run.js';
import { analyzeRepo } from '../dist/schemas/analyze.js';

const dir = process.argv[2] ?? '/tmp/gen10k';
const mb = () => `${Math.round(process.memoryUsage().rss / 1e6)} MB`;
let t = performance.now();
const repo = await loadContractRepo(dir);
const lap = (label) => {
  const now = performance.now();
  console.log(`${label.padEnd(28)} ${(now - t).toFixed(0).padStart(6)} ms  rss ${mb()}`);
  t = now;
};
lap(`load (${repo.docs.length} docs)`);
analyzeRepo(repo);
lap('walk + meta (shared index)');
let total = 0;
for (const rule of lintRulesOf('schemas')) {
  const findings = runRules([rule], repo);
  total += findings.length;
  lap(`${rule.id} (${findings.length})`);
}
console.log(`findings: ${total}; peak rss ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
