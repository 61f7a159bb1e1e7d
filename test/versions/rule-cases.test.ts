/** Every version-policy rule's table cases: all the rules run on each pair, the exact findings asserted. */
import { describe, expect, it } from 'vitest';
import { runPairRules } from '../../src/rules/run.js';
import { VERSION_CASES } from './rule-cases.js';

describe.each(Object.keys(VERSION_CASES))('versions rule %s', (id) => {
  it.each(VERSION_CASES[id]!.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const found = runPairRules(c.pair, c.kind, {}, { changes: c.changes }).map((f) => `${f.ruleId}: ${f.message}`);
    expect(found).toEqual(c.expected);
  });
});
