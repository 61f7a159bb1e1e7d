import { describe, expect, it } from 'vitest';
import { diffSchemas, sameAndRefFree } from '../../src/diff/engine/walk.js';

describe('unchanged subtrees', () => {
  it('are equal only without references inside', () => {
    expect(sameAndRefFree({ a: [1, { b: 2 }], c: 'x' }, { c: 'x', a: [1, { b: 2 }] })).toBe(true);
    expect(sameAndRefFree({ a: [1, { b: 2 }] }, { a: [1, { b: 3 }] })).toBe(false);
    expect(sameAndRefFree({ a: { $ref: '#/$defs/x' } }, { a: { $ref: '#/$defs/x' } })).toBe(false);
    expect(sameAndRefFree([1], { 0: 1 })).toBe(false);
  });

  it('still follow a reference whose target changed', () => {
    const old = { type: 'object', properties: { id: { $ref: '#/$defs/id' } }, $defs: { id: { type: 'string' } } };
    const now = { type: 'object', properties: { id: { $ref: '#/$defs/id' } }, $defs: { id: { type: 'integer' } } };
    expect(diffSchemas(old, now, { policy: 'strict' }).map((c) => c.ruleId)).not.toEqual([]);
  });
});
