/**
 * A hang bench/fuzz.mjs found (seed 1: 70 s for one pair), kept as a regression test: witnesses are
 * verified with ajv, which runs a schema's `pattern`; the diff's ajv now uses time-bounded regexes.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evtAsync } from '../helpers/process.js';
import { goodSchema, tempDir, writeFiles } from './helpers.js';

describe('evt diff with a catastrophically backtracking pattern', () => {
  // `(a|aa)*b` against 43 a's and a '!' backtracks for over a minute when run natively.
  it('evt diff on a pair whose pattern backtracks catastrophically finishes within 10 s', async () => {
    const root = tempDir();
    writeFiles(root, {
      'events/order.shipped/v1.schema.json': JSON.stringify({
        type: 'string',
        pattern: '(a|aa)*b',
        enum: [`${'a'.repeat(43)}!`, {}],
      }),
      'events/order.shipped/v2.schema.json': JSON.stringify({
        type: 'number',
        pattern: '(a|aa)*b',
        enum: [true, '2026-01-01T00:00:00Z', 1],
      }),
      'events/order.placed/v1.schema.json': goodSchema('order.placed'),
    });
    const result = await evtAsync(['diff', path.join(root), '--format', 'json'], { timeoutMs: 10_000 });
    expect(result.signal).toBeNull();
    // v1 -> v2 is a new major version: its breaks are the expected major change (issue 13), exit 0
    expect(result.code).toBe(0);
    // the findings are all there; only the witnesses that would need the pattern are left out
    const findings = JSON.parse(result.stdout).findings as Array<{
      ruleId: string;
      severity: string;
      witness?: unknown;
    }>;
    expect(findings.map((f) => [f.ruleId, f.severity, f.witness === undefined])).toEqual([
      ['enum-value-added', 'info', true],
      ['enum-value-removed', 'info', true],
      ['type-changed', 'info', true],
      ['version-major-change', 'info', true],
    ]);
  }, 20_000);
});
