/**
 * asSchemaDocument's fast path: a well-formed document comes back as it is (same object), and
 * everything the fast check gives up on (malformed positions, cycles, deep nesting) still goes
 * through the copying Sanitizer.
 */
import { describe, expect, it } from 'vitest';
import { asSchemaDocument } from '../../src/diff/engine/sanitize.js';

describe('asSchemaDocument', () => {
  it('returns a well-formed document itself, not a copy', () => {
    const doc = {
      type: 'object',
      properties: { a: { type: 'array', items: [true, { type: 'string' }] } },
      dependencies: { a: ['b'], b: { required: ['a'] } },
      anyOf: [],
      'x-data': { properties: 'anything' },
    };
    expect(asSchemaDocument(doc)).toBe(doc);
  });

  it('copies a document with a malformed subschema and leaves the malformed value out', () => {
    const doc = { type: 'object', properties: { a: { not: 'no', type: 'string' } } };
    expect(asSchemaDocument(doc)).toEqual({ type: 'object', properties: { a: { type: 'string' } } });
    expect(doc.properties.a.not).toBe('no');
  });

  it('reads a malformed value under 600 levels of nesting (beyond the fast check) the same way', () => {
    let doc: Record<string, unknown> = { additionalProperties: 42 };
    let expected: Record<string, unknown> = {};
    for (let i = 0; i < 600; i++) [doc, expected] = [{ not: doc }, { not: expected }];
    expect(asSchemaDocument(doc)).toEqual(expected);
  });

  it('returns an in-memory cyclic document itself', () => {
    const doc: Record<string, unknown> = { type: 'object' };
    doc.properties = { self: doc };
    expect(asSchemaDocument(doc)).toBe(doc);
  });
});
