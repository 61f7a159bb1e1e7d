import { describe, expect, it } from 'vitest';
import { diffDocuments } from '../../src/diff/index.js';
import { draftFromUri, draftOf, draftOrDefault } from '../../src/schemas/drafts.js';
import { dialectOf } from '../../src/schemas/meta.js';

describe('draftFromUri', () => {
  it.each([
    ['http://json-schema.org/draft-04/schema#', '04'],
    ['https://json-schema.org/draft-04/schema', '04'],
    ['http://json-schema.org/draft-06/schema#', '06'],
    ['http://json-schema.org/draft-07/schema#', '07'],
    ['https://json-schema.org/draft-07/schema', '07'],
    ['https://json-schema.org/draft/2019-09/schema', '2019-09'],
    ['http://json-schema.org/draft/2019-09/schema#', '2019-09'],
    ['https://json-schema.org/draft/2020-12/schema', '2020-12'],
    ['https://json-schema.org/draft/2020-12/schema#', '2020-12'],
    ['https://json-schema.org/draft/2021-01/schema', undefined],
    ['https://example.com/my-meta', undefined],
  ])('%s -> %s', (uri, draft) => {
    expect(draftFromUri(uri)).toBe(draft);
  });

  it('defaults to 2020-12 without $schema and reports non-string values as unknown', () => {
    expect(draftOf({ type: 'object' })).toEqual({ draft: '2020-12' });
    expect(draftOf(true)).toEqual({ draft: '2020-12' });
    expect(draftOf({ $schema: 7 })).toEqual({ unknown: 7 });
  });
});

describe('one default draft for lint and diff', () => {
  it('reads a document without $schema, or with one evt cannot place, as 2020-12', () => {
    expect(draftOrDefault({ type: 'object' })).toBe('2020-12');
    expect(draftOrDefault({ $schema: 'https://example.com/my-meta' })).toBe('2020-12');
    expect(draftOrDefault({ $schema: 'http://json-schema.org/draft-07/schema#' })).toBe('07');
  });

  it('diff applies the siblings of $ref in an undeclared document, as 2020-12 does', () => {
    const version = (minLength: number) => ({ $ref: '#/$defs/name', minLength, $defs: { name: { type: 'string' } } });
    const rows = (findings: ReturnType<typeof diffDocuments>) => findings.map((f) => [f.ruleId, f.pointer]);
    const options = { mode: 'backward', policy: 'strict', witnesses: false } as const;
    expect(rows(diffDocuments(version(1), version(5), options))).toEqual([['min-length-increased', '']]);
    const draft07 = (minLength: number) => ({
      $schema: 'http://json-schema.org/draft-07/schema#',
      ...version(minLength),
    });
    expect(rows(diffDocuments(draft07(1), draft07(5), options))).toEqual([]);
  });
});

describe('dialects read off the meta-schemas', () => {
  it.each([
    ['04', ['id', 'format', '$ref'], ['$id', 'const', 'if', 'prefixItems']],
    ['06', ['$id', 'const', 'contains', 'examples'], ['if', '$comment', 'prefixItems']],
    ['07', ['if', 'then', 'else', '$comment', 'writeOnly', '$defs'], ['prefixItems', 'unevaluatedProperties']],
    [
      '2019-09',
      ['$anchor', 'unevaluatedProperties', 'dependentRequired', '$recursiveRef'],
      ['prefixItems', '$dynamicRef'],
    ],
    ['2020-12', ['prefixItems', '$dynamicRef', '$dynamicAnchor', 'definitions'], ['additionalItems', 'nullable']],
  ] as const)('draft %s knows %j and not %j', (draft, known, unknown) => {
    const dialect = dialectOf(draft);
    for (const keyword of known) expect(dialect.keyword(keyword), keyword).toBeDefined();
    for (const keyword of unknown) expect(dialect.keyword(keyword), keyword).toBeUndefined();
  });

  it('knows where subschemas sit: items is a schema or an array before 2020-12, a schema after', () => {
    expect(dialectOf('07').keyword('items')!.shape).toEqual({ self: true, items: true, values: false });
    expect(dialectOf('2020-12').keyword('items')!.shape).toEqual({ self: true, items: false, values: false });
    expect(dialectOf('2020-12').keyword('properties')!.shape).toEqual({ self: false, items: false, values: true });
    expect(dialectOf('2020-12').keyword('minLength')!.shape).toBeUndefined();
  });
});
