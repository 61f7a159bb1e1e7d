import { describe, expect, it } from 'vitest';
import { crossCheck } from '../../src/diff/cross-check.js';
import { diffDocumentsChecked, diffSchemas } from '../../src/diff/index.js';

describe('json-schema-diff cross-check', () => {
  it('agrees silently when evt explains the change', async () => {
    const oldDoc = { type: 'object', properties: { a: { type: 'integer' } } };
    const newDoc = { type: 'object', properties: { a: { type: 'number' } } };
    const result = await crossCheck(oldDoc, newDoc, diffSchemas(oldDoc, newDoc, { policy: 'strict' }));
    expect(result).toEqual({ ran: true, narrowed: false, widened: true, changes: [], notes: [] });
  });

  it('emits unclassified-* when evt reported nothing for what it found', async () => {
    const oldDoc = { type: 'object', properties: { a: { type: 'integer' } } };
    const newDoc = { type: 'object', properties: { a: { type: 'number' } } };
    const result = await crossCheck(oldDoc, newDoc, []);
    expect(result.changes.map((c) => [c.ruleId, c.pointer, c.effect])).toEqual([
      ['unclassified-widening', '', 'widens'],
    ]);
  });

  it('skips with a note on keywords it ignores, and on large unions', async () => {
    const enumPair = await crossCheck({ enum: ['a', 'b'] }, { enum: ['a'] }, []);
    expect(enumPair).toEqual({
      ran: false,
      changes: [],
      notes: ['json-schema-diff cross-check skipped: uses keywords it ignores (enum)'],
    });
    const wide = { oneOf: Array.from({ length: 13 }, (_, i) => ({ type: 'object', required: [`k${i}`] })) };
    const unions = await crossCheck(wide, wide, []);
    expect(unions.notes).toEqual(['json-schema-diff cross-check skipped: too many union branches (26)']);
  });

  it('is off by default and on via option', async () => {
    const oldDoc = { $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'string' };
    const newDoc = { $schema: 'https://json-schema.org/draft/2020-12/schema', type: ['string', 'null'] };
    const fast = await diffDocumentsChecked(oldDoc, newDoc, { mode: 'forward', policy: 'strict' });
    expect(fast.notes).toEqual([]);
    const checked = await diffDocumentsChecked(oldDoc, newDoc, { mode: 'forward', policy: 'strict', crossCheck: true });
    expect(checked.findings.map((f) => f.ruleId)).toEqual(['type-widened']);
    expect(checked.notes).toEqual([]);
  });
});
