import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { candidatePairs, nameShape, shapeDifference } from '../../src/names/similar.js';

/** Every pair of names shapeDifference relates, the slow way. */
function bruteForce(names: string[]): string[] {
  const shapes = names.map(nameShape);
  const found: string[] = [];
  for (let i = 0; i < shapes.length; i++)
    for (let j = i + 1; j < shapes.length; j++)
      if (shapeDifference(shapes[i]!, shapes[j]!) || shapeDifference(shapes[j]!, shapes[i]!)) found.push(`${i},${j}`);
  return found;
}

function related(names: string[]): string[] {
  const shapes = names.map(nameShape);
  return candidatePairs(shapes)
    .filter(([i, j]) => shapeDifference(shapes[i]!, shapes[j]!) || shapeDifference(shapes[j]!, shapes[i]!))
    .map(([i, j]) => `${i},${j}`);
}

// plurals, tenses, one-letter typos, digits, case: everything shapeDifference knows about
const SEGMENTS = [
  'payment',
  'payments',
  'paymant',
  'category',
  'categories',
  'address',
  'addresses',
  'complete',
  'completed',
  'completes',
  'ship',
  'shipped',
  'login',
  'logged_in',
  'phase1',
  'phase2',
  'order',
  'orders',
  'ordered',
  'cancel',
  'cancelled',
  'canceled',
  'invoice',
  'invoices',
  'invoiced',
  'deal',
  'deals',
  'dealt',
  'reactivated',
  'deactivated',
  'Payment',
  'payment_x',
  'paymentx',
  'sent',
  'send',
];

describe('candidatePairs', () => {
  it('finds every related pair, also in buckets big enough to be split (property)', () => {
    // few values on one side, so buckets (names sharing all segments but one) pass SMALL_BUCKET
    const few = fc.constantFrom('created', 'payment', 'payments');
    const name = fc.oneof(
      fc.tuple(fc.constantFrom(...SEGMENTS), few, fc.constantFrom('', '.v2')).map(([a, b, c]) => `${a}.${b}${c}`),
      fc.tuple(few, fc.constantFrom(...SEGMENTS)).map(([a, b]) => `${a}.${b}`),
    );
    fc.assert(
      fc.property(fc.uniqueArray(name, { minLength: 2, maxLength: 120 }), (names) => {
        expect(related(names)).toEqual(bruteForce(names));
      }),
      { numRuns: 150 },
    );
  });

  it('splits a bucket of hundreds of unrelated names without pairing them all', () => {
    const names = Array.from(
      { length: 400 },
      (_, i) =>
        `aggregate${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}x${i}.created`,
    );
    expect(candidatePairs(names.map(nameShape)).length).toBeLessThan(2_000);
  });
});
