import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffSchemas } from '../../src/diff/index.js';
import type { DiffChange } from '../../src/diff/engine/pair.js';
import type { CompatibilityMode } from '../../src/model/config.js';
import { breakDirection } from '../../src/policy/severity.js';

const leaf = fc.oneof(
  fc.record({ type: fc.constantFrom('string', 'integer', 'number', 'boolean', 'null') }),
  fc.record({ type: fc.constant('string'), maxLength: fc.integer({ min: 0, max: 20 }) }, { requiredKeys: ['type'] }),
  fc.record(
    {
      type: fc.constant('integer'),
      minimum: fc.integer({ min: -5, max: 5 }),
      maximum: fc.integer({ min: 6, max: 50 }),
    },
    { requiredKeys: ['type'] },
  ),
  fc.record({ enum: fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd'), { minLength: 1, maxLength: 4 }) }),
  fc.record(
    { type: fc.constant('string'), pattern: fc.constantFrom('^[a-z]+$', '^[A-Za-z]+$', '^x') },
    { requiredKeys: ['type'] },
  ),
);

const schema = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, tie('object'), tie('array'), tie('union')),
  object: fc.record(
    {
      type: fc.constant('object'),
      properties: fc.dictionary(fc.constantFrom('a', 'b', 'c'), tie('node'), { maxKeys: 3 }),
      required: fc.uniqueArray(fc.constantFrom('a', 'b', 'c'), { maxLength: 2 }),
      additionalProperties: fc.constantFrom(true, false),
    },
    { requiredKeys: ['type', 'properties'] },
  ),
  array: fc.record(
    { type: fc.constant('array'), items: tie('node'), maxItems: fc.integer({ min: 1, max: 5 }) },
    { requiredKeys: ['type', 'items'] },
  ),
  union: fc.record({ anyOf: fc.array(tie('node'), { minLength: 2, maxLength: 3 }) }),
})).node;

const annotate = (value: unknown, tag: string): unknown => {
  if (Array.isArray(value)) return value.map((v) => annotate(v, tag));
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = { description: `described ${tag}`, title: tag, $comment: tag };
  for (const [k, v] of Object.entries(value)) out[k] = k === 'enum' ? v : annotate(v, tag);
  return out;
};

const breaks = (changes: DiffChange[], mode: CompatibilityMode) =>
  changes.some((c) => breakDirection(mode, c.effect) !== undefined);
const RUNS = { numRuns: 200, seed: 42 };

describe('diff properties (fast-check, bounded runs)', () => {
  it('diff(a, a) has no changes', () => {
    fc.assert(
      fc.property(schema, (a) => {
        expect(diffSchemas(a, structuredClone(a), { policy: 'strict' })).toEqual([]);
      }),
      RUNS,
    );
  });

  it('annotation-only edits are never breaking, and only annotation-changed is reported', () => {
    fc.assert(
      fc.property(schema, (a) => {
        const changes = diffSchemas(a, annotate(a, 'v2'), { policy: 'strict' });
        expect(breaks(changes, 'full')).toBe(false);
        expect(changes.every((c) => c.ruleId === 'annotation-changed')).toBe(true);
      }),
      RUNS,
    );
  });

  it('backward verdict of (a -> b) equals forward verdict of (b -> a)', () => {
    fc.assert(
      fc.property(schema, schema, (a, b) => {
        expect(breaks(diffSchemas(a, b, { policy: 'strict' }), 'backward')).toBe(
          breaks(diffSchemas(b, a, { policy: 'strict' }), 'forward'),
        );
      }),
      RUNS,
    );
  });
});
