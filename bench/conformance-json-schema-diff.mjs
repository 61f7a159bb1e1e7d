#!/usr/bin/env node
// Scores json-schema-diff (the npm set-based engine) on Confluent's labelled cases, the same way
// evt is scored in test/diff/confluent.test.ts: breaking = "values were removed" (BACKWARD).
//   node bench/conformance-json-schema-diff.mjs [shared-dir]      (default: ../shared)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import jsd from 'json-schema-diff';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(process.argv[2] ?? process.env.EVT_SHARED_DIR ?? path.join(repo, '../shared'));
const files = [
  'diff-schema-examples.json',
  'diff-combined-schema-examples.json',
  'diff-schema-examples-2020-12.json',
  'diff-combined-schema-examples-2020-12.json',
];
const lenient = (text) => JSON.parse(text.replace(/,(\s*[}\]])/g, '$1'));
const strip = (s) =>
  s && typeof s === 'object' && !Array.isArray(s)
    ? Object.fromEntries(Object.entries(s).filter(([k]) => k !== '$schema'))
    : s;

let agree = 0,
  total = 0,
  threw = 0,
  threwRaw = 0;
const wrong = [];
const started = performance.now();
for (const file of files) {
  const cases = lenient(fs.readFileSync(path.join(shared, 'corpora/confluent', file), 'utf8'));
  for (const [index, c] of cases.entries()) {
    total++;
    // As shipped it refuses 2020-12 `$schema` URIs; count how often, then retry without `$schema`.
    try {
      await jsd.diffSchemas({ sourceSchema: c.original_schema, destinationSchema: c.update_schema });
    } catch {
      threwRaw++;
    }
    try {
      const r = await jsd.diffSchemas({
        sourceSchema: strip(c.original_schema),
        destinationSchema: strip(c.update_schema),
      });
      if (r.removalsFound === !c.compatible) agree++;
      else wrong.push(`${file}#${index} ${c.description}`);
    } catch (e) {
      threw++;
      wrong.push(`${file}#${index} ${c.description} (threw: ${String(e.message).split('\n')[0]})`);
    }
  }
}
console.log(
  JSON.stringify({
    total,
    agree,
    threwAsShipped: threwRaw,
    threwWithoutDollarSchema: threw,
    ms: Math.round(performance.now() - started),
  }),
);
for (const w of wrong) console.log(`  disagrees: ${w}`);
