/**
 * An out-of-memory abort bench/fuzz.mjs found (seed 1, pair 56,161), kept as a regression test:
 * sampling a witness for `items: {$ref: "#"}` with minItems 3 expanded the recursion without a bound
 * (3^depth nested arrays) until Node aborted; --no-witnesses always diffed it in 0.4 s.
 */
import { describe, expect, it } from 'vitest';
import { evtAsync } from '../helpers/process.js';
import { tempDir, writeFiles } from './helpers.js';

describe('evt diff with a self-referencing array schema', () => {
  it('finishes within 256 MB of heap and 30 s', async () => {
    const root = tempDir();
    writeFiles(root, {
      'events/order.shipped/v1.schema.json': JSON.stringify({ type: 'array', items: { $ref: '#' }, minItems: 3 }),
      'events/order.shipped/v2.schema.json': JSON.stringify({ type: 'null' }),
    });
    const result = await evtAsync(['diff', root, '--format', 'json'], {
      timeoutMs: 30_000,
      env: { NODE_OPTIONS: '--max-old-space-size=256' },
    });
    // the break is v2's expected major change (issue 13): exit 0; what matters is no abort
    expect([result.code, result.signal, result.stderr]).toEqual([0, null, '']);
  }, 40_000);
});
