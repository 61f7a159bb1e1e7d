import { describe, expect, it } from 'vitest';
import { emptiness } from '../../src/schemas/emptiness.js';

const closed = (extra: Record<string, unknown>) => ({ type: 'object', additionalProperties: false, ...extra });

describe('emptiness: a closed root whose branches require what it does not declare', () => {
  it('every oneOf branch blocked: empty, with the reason and one candidate per branch', () => {
    const found = emptiness(
      closed({ oneOf: [{ properties: { a: { type: 'integer' } }, required: ['a'] }, { required: ['b'] }] }),
    );
    expect(found).toEqual({
      reason:
        'additionalProperties is false and the root declares none of "a", "b", which every oneOf branch requires: no object passes',
      candidates: [{}, { a: 0 }, { b: null }],
    });
  });

  it('one allOf branch blocked is enough', () => {
    expect(
      emptiness(closed({ properties: { a: {} }, allOf: [{ required: ['a'] }, { required: ['z'] }] }))?.reason,
    ).toBe(
      'additionalProperties is false and the root does not declare "z", which an allOf branch requires: no object passes',
    );
  });

  it.each([
    [
      'an anyOf branch requiring only declared keys',
      closed({ properties: { a: {} }, anyOf: [{ required: ['a'] }, { required: ['b'] }] }),
    ],
    ['an open root', { type: 'object', oneOf: [{ required: ['b'] }] }],
    ['no type: non-objects pass', { additionalProperties: false, oneOf: [{ required: ['b'] }] }],
    ['patternProperties may admit the key', closed({ patternProperties: { '^b': {} }, oneOf: [{ required: ['b'] }] })],
    ['a branch with nothing required', closed({ oneOf: [{ required: ['b'] }, {}] })],
  ])('%s: not empty', (_name, schema) => {
    expect(emptiness(schema)).toBeUndefined();
  });
});
