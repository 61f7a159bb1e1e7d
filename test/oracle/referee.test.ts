/**
 * The referee's own correctness (bench/oracle/): its witness search must find the break in every
 * semantic repro marked breaking and none where the repro says compatible, in both directions; its
 * grammar must produce every item it promises, spelled as each draft spells it; and its lenient
 * model must be the one docs/conformance.md states. evt is not involved here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createRandom,
  createValidators,
  DRAFTS,
  generatePairs,
  grammarFeatures,
  judgePair,
  MUTATION_KINDS,
} from '../../bench/oracle/referee.mjs';
import { FIXTURES } from '../helpers/paths.js';

interface Repro {
  id: string;
  original: Record<string, unknown>;
  update: Record<string, unknown>;
  backward: 'breaking' | 'compatible';
  forward: 'breaking' | 'compatible';
}

const repros: Repro[] = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'corpora/semantic-repros.json'), 'utf8'));
const validators = createValidators();
const judge = (oldSchema: unknown, newSchema: unknown) => {
  const judged = judgePair(oldSchema, newSchema, { random: createRandom(7), validators });
  if (!judged) throw new Error('ajv refused a document');
  return judged;
};

describe('the witness search on the semantic repros (strict policy)', () => {
  it.each(repros.map((repro) => [repro.id, repro] as const))('%s', (_id, repro) => {
    const judged = judge(repro.original, repro.update);
    const verdict = (key: 'backward/strict' | 'forward/strict') =>
      key in judged.witnesses ? 'breaking' : 'compatible';
    expect({ backward: verdict('backward/strict'), forward: verdict('forward/strict') }).toEqual({
      backward: repro.backward,
      forward: repro.forward,
    });
    // A witness is a proof: ajv accepts it on the writing side and rejects it on the reading side.
    const acceptsOld = validators.compile(repro.original)!;
    const acceptsNew = validators.compile(repro.update)!;
    const backward = judged.witnesses['backward/strict'];
    if (backward !== undefined) expect([acceptsOld(backward), acceptsNew(backward)]).toEqual([true, false]);
    const forward = judged.witnesses['forward/strict'];
    if (forward !== undefined) expect([acceptsNew(forward), acceptsOld(forward)]).toEqual([true, false]);
  });

  it('shrinks witnesses to the member that shows the break', () => {
    const repro = repros.find((item) => item.id === 'R8-oneof-null-overlap')!;
    expect(judge(repro.original, repro.update).witnesses['backward/strict']).toEqual({ v: null });
  });
});

describe('the lenient model: events carry only the members their schema declares', () => {
  const object = (properties: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    properties,
    ...extra,
  });

  it('R13 and R13b: forward is compatible under lenient, breaking under strict', () => {
    for (const id of ['R13-lenient-property-removed', 'R13b-lenient-additional-widened']) {
      const repro = repros.find((item) => item.id === id)!;
      const keys = Object.keys(judge(repro.original, repro.update).witnesses).sort();
      expect([id, keys]).toEqual([id, ['forward/strict']]);
    }
  });

  it('adding an optional member to an open object breaks backward under strict only', () => {
    const judged = judge(object({ a: { type: 'string' } }), object({ a: { type: 'string' }, b: { type: 'integer' } }));
    expect(Object.keys(judged.witnesses).sort()).toEqual(['backward/strict']);
    // Shrunk to the one member that shows it: `b` with a value that is not an integer.
    const witness = judged.witnesses['backward/strict'] as Record<string, unknown>;
    expect([Object.keys(witness), Number.isInteger(witness.b)]).toEqual([['b'], false]);
  });

  it('a member matched by patternProperties is declared; one an open object merely allows is not', () => {
    const old = object({ a: { type: 'string' } }, { patternProperties: { '^n_': { type: 'integer' } } });
    const closed = object(
      { a: { type: 'string' } },
      { patternProperties: { '^n_': { type: 'integer', maximum: 5 } }, additionalProperties: false },
    );
    const judged = judge(old, closed);
    expect(judged.verify('backward', 'lenient', { n_x: 6 })).toBe(true);
    expect(judged.verify('backward', 'lenient', { zz: 1 })).toBe(false);
    expect(judged.verify('backward', 'strict', { zz: 1 })).toBe(true);
  });

  it('a typed additionalProperties declares the members it types (a map); an empty one does not', () => {
    const map = (rest: unknown) => object({ a: { type: 'string' } }, { additionalProperties: rest });
    const narrowed = judge(map({ type: 'integer' }), map({ type: 'integer', maximum: 15 }));
    expect(narrowed.verify('backward', 'lenient', { zz: 16 })).toBe(true);
    expect(narrowed.witnesses['backward/lenient']).toBeDefined();
    const closedAfterEmpty = judge(map({}), map(false));
    expect(closedAfterEmpty.verify('backward', 'lenient', { zz: 16 })).toBe(false);
    expect(Object.keys(closedAfterEmpty.witnesses).sort()).toEqual(['backward/strict']);
  });

  it('a union branch declares members only for values it accepts', () => {
    const tags = (first: Record<string, unknown>, meta: Record<string, unknown>) =>
      object({
        tags: {
          anyOf: [
            { type: 'object', properties: {}, ...first },
            { type: 'object', properties: { meta }, required: ['meta'] },
          ],
        },
      });
    const judged = judge(
      tags({}, { type: 'integer' }),
      tags({ additionalProperties: { type: 'string' } }, { type: 'integer', maximum: 0 }),
    );
    // meta: 1 is accepted by the branch that declares meta; meta: [] only by the branch that does not.
    expect(judged.verify('backward', 'lenient', { tags: { meta: 1 } })).toBe(true);
    expect(judged.verify('backward', 'lenient', { tags: { meta: [] } })).toBe(false);
    expect(judged.verify('backward', 'strict', { tags: { meta: [] } })).toBe(true);
  });

  it('declarations are read per place: a nested member does not declare a root member', () => {
    const old = object({ meta: object({ b: { type: 'string' } }) });
    const closed = object({ meta: object({ b: { type: 'string' } }) }, { additionalProperties: false });
    const judged = judge(old, closed);
    expect(judged.verify('backward', 'lenient', { b: 'x' })).toBe(false);
    expect(judged.verify('backward', 'strict', { b: 'x' })).toBe(true);
    expect(judged.witnesses['backward/lenient']).toBeUndefined();
  });
});

describe('the grammar', () => {
  const pairs = generatePairs({ seed: 1, count: 1000 });
  const featuresOf = (draft: string) => {
    const seen = new Set<string>();
    for (const pair of pairs.filter((item) => item.draft === draft))
      for (const schema of [pair.old, pair.new]) for (const feature of grammarFeatures(schema)) seen.add(feature);
    return seen;
  };
  const COMMON = [
    'type:object',
    'type:array',
    'type:string',
    'type:integer',
    'type:number',
    'type:boolean',
    'type:null',
    'enum',
    'pattern',
    'format',
    'minLength',
    'maxLength',
    'minimum',
    'maximum',
    'multipleOf',
    'nullable:type-list',
    'nullable:anyOf',
    'allOf',
    'anyOf',
    'oneOf',
    'not',
    '$ref',
    'patternProperties',
    'additionalProperties',
    'required',
    'minProperties',
    'maxProperties',
    'minItems',
    'maxItems',
    'uniqueItems',
  ];
  // Each draft's own spelling present, the other drafts' spellings absent.
  const SPELLING: Record<string, { present: string[]; absent: string[] }> = {
    '04': {
      present: [
        'defs:definitions',
        'tuple:items-array',
        'additionalItems',
        'dependent:dependencies',
        'exclusive:boolean',
      ],
      absent: [
        'defs:$defs',
        'tuple:prefixItems',
        'dependent:dependentRequired',
        'exclusive:number',
        'const',
        'if-then-else',
        'propertyNames',
      ],
    },
    '07': {
      present: [
        'defs:definitions',
        'tuple:items-array',
        'additionalItems',
        'dependent:dependencies',
        'exclusive:number',
        'const',
        'if-then-else',
        'propertyNames',
      ],
      absent: ['defs:$defs', 'tuple:prefixItems', 'dependent:dependentRequired', 'exclusive:boolean'],
    },
    '2020-12': {
      present: [
        'defs:$defs',
        'tuple:prefixItems',
        'dependent:dependentRequired',
        'exclusive:number',
        'const',
        'if-then-else',
        'propertyNames',
      ],
      absent: [
        'defs:definitions',
        'tuple:items-array',
        'additionalItems',
        'dependent:dependencies',
        'exclusive:boolean',
      ],
    },
  };

  it.each(DRAFTS.map((draft) => [draft] as const))(
    'covers every grammar item in draft %s, in its spelling',
    (draft) => {
      const seen = featuresOf(draft);
      const { present, absent } = SPELLING[draft]!;
      expect([...COMMON, ...present].filter((feature) => !seen.has(feature))).toEqual([]);
      expect(absent.filter((feature) => seen.has(feature))).toEqual([]);
    },
  );

  it('applies every mutation kind, and the documents compile with ajv', () => {
    const applied = new Set(pairs.flatMap((pair) => pair.mutations.map((mutation) => mutation.kind)));
    expect(MUTATION_KINDS.filter((kind) => !applied.has(kind))).toEqual([]);
    // Compiling is the slow part: 300 pairs here, every pair in the subset test and in npm run oracle.
    const refused = pairs
      .slice(0, 300)
      .filter((pair) => !validators.compile(pair.old) || !validators.compile(pair.new));
    expect(refused.map((pair) => pair.id)).toEqual([]);
  });

  it('keeps each pair 1-3 mutations apart and reproduces it from its seed', () => {
    expect(pairs.every((pair) => pair.mutations.length >= 1 && pair.mutations.length <= 3)).toBe(true);
    expect(generatePairs({ seed: 1, count: 3 })).toEqual(pairs.slice(0, 3));
  });
});
