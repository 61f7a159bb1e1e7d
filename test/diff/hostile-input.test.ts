/**
 * Regression tests for three diff-engine crash families found by the hostile-input corpus
 * (fixtures/hostile/yaml-1-1-merge, ref-root-self, diff-proto-keyword). Each would throw again if
 * its fix were reverted.
 */
import { describe, expect, it } from 'vitest';
import { diffDocuments, diffSchemas } from '../../src/diff/index.js';
import { accepts } from '../../src/diff/witness/ajv-cache.js';
import { mergeSchemas } from '../../src/diff/engine/merge.js';
import { Resolver } from '../../src/diff/engine/resolve.js';
import { sampleInstance } from '../../src/diff/witness/sample.js';
import { expectVerifiedWitnesses } from './helpers.js';

const placed = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  properties: { id: { type: 'string' } },
  required: ['id'],
};
const ids = (oldDoc: unknown, newDoc: unknown) =>
  diffSchemas(oldDoc, newDoc, { policy: 'strict' })
    .map((c) => `${c.ruleId} ${c.pointer}`)
    .sort();
const both = (a: unknown, b: unknown) => [
  ...diffDocuments(a, b, { mode: 'full', policy: 'strict' }),
  ...diffDocuments(b, a, { mode: 'full', policy: 'strict' }),
];

describe('a subschema that is neither an object nor a boolean (crash: "Cannot use \'in\' operator ... in no")', () => {
  // fixtures/hostile/yaml-1-1-merge as evt parses it: no merge key support, `no` is the string "no"
  const yaml11 = { base: { type: 'object' }, '<<': { type: 'object' }, additionalProperties: 'no' };

  it('diffs and builds witnesses without throwing, in both directions', () => {
    expect(() => [
      ...both(placed, yaml11),
      ...diffDocuments(placed, yaml11, { mode: 'backward', policy: 'strict' }),
    ]).not.toThrow();
  });

  it('reads the malformed value as if the keyword were absent', () => {
    const { additionalProperties: _dropped, ...absent } = yaml11;
    expect(ids(placed, yaml11)).toEqual(ids(placed, absent));
    expect(ids(yaml11, placed)).toEqual(ids(absent, placed));
    // `not: "no"` is not `not: true` (which would reject everything)
    expect(ids({ type: 'string' }, { type: 'string', not: 'no', if: 'no', then: { maxLength: 1 } })).toEqual(
      ids({ type: 'string' }, { type: 'string', then: { maxLength: 1 } }),
    );
  });

  const junkEverywhere = (junk: unknown) => ({
    type: 'object',
    properties: { a: junk, b: { type: 'array', items: junk, prefixItems: [junk, { type: 'string' }], contains: junk } },
    patternProperties: { '^x': junk },
    additionalProperties: junk,
    propertyNames: junk,
    dependentSchemas: { a: junk },
    dependencies: { b: junk, c: ['a'] },
    allOf: [junk, { required: ['a'] }],
    anyOf: [junk, { type: 'object' }, { minProperties: 1 }],
    oneOf: [junk],
    not: junk,
    if: junk,
    then: junk,
    else: junk,
    $defs: { x: junk },
    required: ['a', 'b', 'c'],
  });
  const withoutJunk = {
    type: 'object',
    properties: { b: { type: 'array', prefixItems: [true, { type: 'string' }] } },
    patternProperties: {},
    dependentSchemas: {},
    dependencies: { c: ['a'] },
    allOf: [{ required: ['a'] }],
    anyOf: [{ type: 'object' }, { minProperties: 1 }],
    $defs: {},
    required: ['a', 'b', 'c'],
  };

  it('in every subschema position the malformed value reads as absent (a tuple slot as true)', () => {
    // (not an array: `dependencies: {b: [...]}` and `items: [...]` are valid array forms)
    for (const junk of ['no', '', 42, null, 1e400]) {
      expect(ids(placed, junkEverywhere(junk))).toEqual(ids(placed, withoutJunk));
      expect(ids(junkEverywhere(junk), placed)).toEqual(ids(withoutJunk, placed));
    }
  });

  it('in every subschema position: no throw, and never a witness ajv could not verify', () => {
    for (const junk of ['no', '', 42, -1, null, [1, 'a'], 1e400]) {
      const doc = junkEverywhere(junk);
      const narrowed = { ...doc, properties: { ...doc.properties, c: { $ref: '#/$defs/x' } }, maxProperties: 2 };
      const findings = [...both(placed, doc), ...both(doc, narrowed), ...both(doc, doc)];
      expect(findings.filter((f) => f.witness)).toEqual([]); // ajv cannot compile a meta-invalid schema
    }
  });

  it('the sampler itself does not throw on a malformed document', () => {
    expect(sampleInstance(new Resolver(yaml11), yaml11, ['x_evt_extra'])).toEqual({ x_evt_extra: null });
    expect(sampleInstance(new Resolver(true), { type: 'object', required: ['a'], additionalProperties: 'no' })).toEqual(
      { a: null },
    );
  });
});

describe('a $ref to the document root (crash: "Maximum call stack size exceeded" in ajv)', () => {
  const selfRef = { $ref: '#', type: 'object', required: ['id'] };

  it('accepts() answers undefined instead of overflowing the stack, and keeps doing so', () => {
    expect(accepts(selfRef, {})).toBeUndefined();
    expect(accepts(selfRef, { id: 'a' })).toBeUndefined();
  });

  it('diffDocuments with witnesses: no throw and no witness (it could not be verified)', () => {
    const findings = both(placed, selfRef);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.filter((f) => f.witness)).toEqual([]);
  });

  it('the walker terminates on self-references in every applicator', () => {
    const shapes: unknown[] = [
      { $ref: '#' },
      selfRef,
      { $schema: 'http://json-schema.org/draft-07/schema#', $ref: '#', type: 'object' },
      { $defs: { a: { $ref: '#/$defs/a' } }, $ref: '#/$defs/a' },
      { $defs: { a: { $ref: '#/$defs/b' }, b: { $ref: '#/$defs/a' } }, properties: { x: { $ref: '#/$defs/a' } } },
      { allOf: [{ $ref: '#' }], type: 'object' },
      { anyOf: [{ $ref: '#' }, { type: 'string' }] },
      { oneOf: [{ $ref: '#' }] },
      { not: { $ref: '#' } },
      { if: { $ref: '#' }, then: { $ref: '#' }, else: { $ref: '#' } },
      { type: 'array', items: { $ref: '#' }, minItems: 1 },
      { type: 'object', properties: { a: { $ref: '#' } }, required: ['a'], additionalProperties: { $ref: '#' } },
    ];
    for (const shape of shapes) {
      expect(() => [
        ...both(shape, placed),
        ...both(shape, shape),
        ...both(shape, { ...(shape as object), maxProperties: 1 }),
      ]).not.toThrow();
    }
  });

  // Before the fix this sampled 4^24 subschemas (it did not return at all): a regression hangs or times out here.
  it('the sampler terminates on members that require the whole schema again (no exponential blow-up)', () => {
    const oldDoc = {
      type: 'object',
      properties: { a: { $ref: '#' }, b: { $ref: '#' }, c: { $ref: '#' }, d: { $ref: '#' } },
      required: ['a', 'b', 'c', 'd'],
    };
    const started = performance.now();
    sampleInstance(new Resolver(oldDoc), oldDoc);
    diffDocuments(oldDoc, { ...oldDoc, maxProperties: 3 }, { mode: 'full', policy: 'strict' });
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('still finds verified witnesses in recursive schemas that are finite', () => {
    const tree = {
      type: 'object',
      properties: { name: { type: 'string' }, children: { type: 'array', items: { $ref: '#' } } },
      required: ['name'],
    };
    const narrowed = { ...tree, properties: { ...tree.properties, name: { type: 'string', maxLength: 0 } } };
    const findings = diffDocuments(tree, narrowed, { mode: 'backward', policy: 'strict' });
    expect(findings.map((f) => f.ruleId)).toContain('max-length-decreased');
    expect(expectVerifiedWitnesses(findings, tree, narrowed)).toBeGreaterThan(0);
  });
});

describe('schema keys that name Object.prototype members (crash: "function is not iterable")', () => {
  const proto = { ...placed, dependentRequired: { constructor: ['id'], toString: ['id'] } };

  it('dependentRequired keys "constructor"/"toString": exact findings both ways', () => {
    expect(ids(placed, proto)).toEqual([
      'dependent-required-added /dependentRequired/constructor',
      'dependent-required-added /dependentRequired/toString',
    ]);
    expect(ids(proto, placed)).toEqual([
      'dependent-required-removed /dependentRequired/constructor',
      'dependent-required-removed /dependentRequired/toString',
    ]);
    expect(() => both(placed, proto)).not.toThrow();
  });

  it('a "__proto__" key (JSON.parse keeps it as an own member) is data, not a prototype', () => {
    const oldDoc = JSON.parse(
      '{"type":"object","dependentRequired":{"__proto__":["a"]},"properties":{"__proto__":{"type":"string"}},"patternProperties":{"__proto__":{"type":"string"}}}',
    );
    const newDoc = JSON.parse(
      '{"type":"object","dependentRequired":{"__proto__":["a","b"],"length":["a"]},"properties":{"__proto__":{"type":"integer"}},"patternProperties":{"__proto__":{"type":"integer"}}}',
    );
    expect(ids(oldDoc, newDoc)).toEqual([
      'dependent-required-added /dependentRequired/__proto__',
      'dependent-required-added /dependentRequired/length',
      'type-changed /patternProperties/__proto__',
      'type-changed /properties/__proto__',
    ]);
    expect(() => both(oldDoc, newDoc)).not.toThrow();
  });

  it('properties named like prototype members are added, removed and required like any other', () => {
    const none = { type: 'object', properties: {} };
    const named = { type: 'object', properties: { constructor: { type: 'string' }, valueOf: { type: 'string' } } };
    expect(ids(none, named)).toEqual([
      'property-added-optional /properties/constructor',
      'property-added-optional /properties/valueOf',
    ]);
    expect(ids(named, none)).toEqual([
      'property-removed /properties/constructor',
      'property-removed /properties/valueOf',
    ]);
    // undeclared "toString" is required: reported at /required, not at a /properties member that does not exist
    expect(ids(none, { ...none, required: ['toString'] })).toEqual(['required-added /required']);
  });

  it('merging allOf branches: a member named "toString" or keyword "__proto__" is copied, never combined with a prototype value', () => {
    expect(
      mergeSchemas({ properties: { a: { type: 'string' } } }, { properties: { toString: { type: 'string' } } }),
    ).toEqual({ properties: { a: { type: 'string' }, toString: { type: 'string' } } });
    const merged = mergeSchemas({ type: 'object' }, JSON.parse('{"__proto__": {"type": "string"}}')) as Record<
      string,
      unknown
    >;
    expect(Object.keys(merged)).toEqual(['type', '__proto__']);
    expect(Object.getPrototypeOf(merged)).toBe(Object.prototype);
  });

  it('a witness for a member named "constructor" is built and verified', () => {
    const oldDoc = { type: 'object', properties: { constructor: { type: 'string' } }, required: ['constructor'] };
    const newDoc = { type: 'object', properties: { constructor: { type: 'integer' } }, required: ['constructor'] };
    const findings = diffDocuments(oldDoc, newDoc, { mode: 'backward', policy: 'strict' });
    expect(findings.find((f) => f.ruleId === 'type-changed')?.witness).toEqual({
      payload: { constructor: 'a' },
      acceptedBy: 'old',
    });
    expect(expectVerifiedWitnesses(findings, oldDoc, newDoc)).toBe(1);
  });
});
