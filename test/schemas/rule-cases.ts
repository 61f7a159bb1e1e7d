/**
 * The schema rules' table: for each rule id, small inline repos (flat layout) and the exact
 * (file, pointer) rows the rule reports on each. test/schemas/rules.test.ts runs it; the registry
 * test (test/rules-registry.test.ts) looks a rule up here by id.
 */
const S = 'schemas/a.b.schema.json';
const D7 = 'http://json-schema.org/draft-07/schema#';
const D4 = 'http://json-schema.org/draft-04/schema#';

export interface Case {
  name: string;
  files: Record<string, unknown>;
  expected: Array<[file: string, pointer: string]>;
  config?: Record<string, unknown>;
}

export const SCHEMA_CASES: Record<string, Case[]> = {
  'schema-parse': [
    {
      name: 'YAML syntax error',
      files: { 'schemas/a.b.schema.yaml': 'type: object\n  bad: [' },
      expected: [['schemas/a.b.schema.yaml', '']],
    },
    { name: 'truncated JSON', files: { [S]: '{"type": "object"' }, expected: [[S, '']] },
    { name: 'a string document', files: { [S]: '"object"' }, expected: [[S, '']] },
    { name: 'a boolean document is a schema', files: { [S]: 'true' }, expected: [] },
  ],
  'schema-draft-unknown': [
    {
      name: 'misspelled draft',
      files: { [S]: { $schema: 'http://json-schema.org/draft-08/schema#' } },
      expected: [[S, '/$schema']],
    },
    {
      name: 'https draft-07 without #',
      files: { [S]: { $schema: 'https://json-schema.org/draft-07/schema' } },
      expected: [],
    },
  ],
  'schema-meta-valid': [
    {
      name: 'draft-04 boolean exclusiveMinimum is fine',
      files: { [S]: { $schema: D4, type: 'number', minimum: 0, exclusiveMinimum: true } },
      expected: [],
    },
    {
      name: 'draft-04 exclusiveMinimum needs minimum',
      files: { [S]: { $schema: D4, type: 'number', exclusiveMinimum: true } },
      expected: [[S, '']],
    },
    {
      name: 'draft-07 numeric exclusiveMinimum; boolean is invalid',
      files: { [S]: { $schema: D7, properties: { a: { exclusiveMinimum: true } } } },
      expected: [[S, '/properties/a/exclusiveMinimum']],
    },
    {
      name: 'a property schema that is a string',
      files: { [S]: { properties: { a: 'string' } } },
      expected: [[S, '/properties/a']],
    },
    { name: 'duplicate required names', files: { [S]: { required: ['a', 'a'] } }, expected: [[S, '/required']] },
    {
      name: 'nested in $defs and items',
      files: { [S]: { $defs: { x: { items: { type: 'text' } } } } },
      expected: [[S, '/$defs/x/items/type']],
    },
  ],
  'schema-unknown-keyword': [
    {
      name: 'unknown keyword deep in anyOf',
      files: { [S]: { anyOf: [{ type: 'string', minLenght: 1 }] } },
      expected: [[S, '/anyOf/0/minLenght']],
    },
    { name: 'x- extensions are allowed', files: { [S]: { 'x-owner': 'a', type: 'string' } }, expected: [] },
    { name: 'draft-04 has no const', files: { [S]: { $schema: D4, const: 1 } }, expected: [[S, '/const']] },
    {
      name: 'draft-07 has no prefixItems',
      files: { [S]: { $schema: D7, prefixItems: [] } },
      expected: [[S, '/prefixItems']],
    },
    {
      name: 'unknown format',
      files: { [S]: { properties: { a: { format: 'phone' } } } },
      expected: [[S, '/properties/a/format']],
    },
    {
      name: 'annotation vocabularies in draft-04 and draft-07',
      files: {
        [S]: { $schema: D4, markdownDescription: 'x', deprecated: true, examples: [1], $comment: 'c', readOnly: true },
        'schemas/c.d.schema.json': { $schema: D7, deprecated: true, markdownEnumDescriptions: [] },
      },
      expected: [],
    },
    {
      name: 'keywords and formats the config declares',
      files: { [S]: { tsAdditionalProperties: false, properties: { a: { format: 'uint32' }, b: { format: 'int8' } } } },
      config: { schemas: { keywords: ['tsAdditionalProperties'], formats: 'u?int(8|16|32|64)' } },
      expected: [],
    },
    {
      name: 'formats: any',
      files: { [S]: { properties: { a: { format: 'whatever' } } } },
      config: { schemas: { formats: 'any' } },
      expected: [],
    },
    {
      name: 'keys of properties are names, not keywords',
      files: { [S]: { properties: { maxLenght: { type: 'string' } } } },
      expected: [],
    },
  ],
  'schema-compiles': [
    {
      name: 'an unknown keyword or format is not a compile failure',
      files: { [S]: { maxLenght: 1, format: 'x' } },
      expected: [],
    },
    { name: 'regex valid only without the u flag', files: { [S]: { pattern: '\\-' } }, expected: [[S, '/pattern']] },
    {
      name: 'keys of properties are names, not keywords',
      files: { [S]: { properties: { maxLenght: { type: 'string' } } } },
      expected: [],
    },
    { name: 'enum values are not walked', files: { [S]: { enum: [{ notAKeyword: 1 }] } }, expected: [] },
  ],
  'schema-ref-unresolved': [
    {
      name: 'draft-07 definitions pointer',
      files: { [S]: { $schema: D7, properties: { a: { $ref: '#/definitions/x' } }, definitions: { y: {} } } },
      expected: [[S, '/properties/a/$ref']],
    },
    {
      name: 'draft-07 $id anchor',
      files: { [S]: { $schema: D7, properties: { a: { $ref: '#x' } }, definitions: { y: { $id: '#x' } } } },
      expected: [],
    },
    {
      name: 'sibling file by $id',
      files: {
        [S]: { $ref: 'https://x.test/c.json#/$defs/m' },
        'schemas/c.d.schema.json': { $id: 'https://x.test/c.json', $defs: { m: {} } },
      },
      expected: [],
    },
    {
      name: 'relative to an embedded $id',
      files: {
        [S]: {
          $id: 'https://x.test/a.json',
          $defs: { inner: { $id: 'inner/b.json', $ref: '#/$defs/z', $defs: { z: {} } } },
        },
      },
      expected: [],
    },
    {
      name: 'escaped pointer tokens',
      files: { [S]: { $ref: '#/$defs/a~1b/properties/c%20d', $defs: { 'a/b': { properties: { 'c d': {} } } } } },
      expected: [],
    },
    {
      name: 'a ref cycle resolves (one hop each)',
      files: { [S]: { $defs: { a: { $ref: '#/$defs/b' }, b: { $ref: '#/$defs/a' } } } },
      expected: [],
    },
  ],
  'schema-ref-remote': [
    { name: 'http ref', files: { [S]: { $ref: 'http://example.com/x.json' } }, expected: [[S, '/$ref']] },
    {
      name: 'relative ref under an http $id that is in the repo',
      files: {
        [S]: { $id: 'https://x.test/e/a.json', $ref: 'b.json' },
        'schemas/b.c.schema.json': { $id: 'https://x.test/e/b.json' },
      },
      expected: [],
    },
  ],
  'schema-ref-outside-repo': [
    { name: 'climbing out', files: { [S]: { $ref: '../../x.json' } }, expected: [[S, '/$ref']] },
    {
      name: 'absolute path from the repo root',
      files: { [S]: { $ref: '/schemas/c.d.schema.json' }, 'schemas/c.d.schema.json': {} },
      expected: [],
    },
  ],
  'schema-example-invalid': [
    {
      name: 'draft-04 default',
      files: { [S]: { $schema: D4, type: 'string', default: 1 } },
      expected: [[S, '/default']],
    },
    {
      name: 'example through a local $ref',
      files: {
        [S]: {
          properties: { m: { $ref: '#/$defs/m', examples: [{ c: 'x' }] } },
          $defs: { m: { properties: { c: { type: 'integer' } } } },
        },
      },
      expected: [[S, '/properties/m/examples/0']],
    },
    {
      name: 'format is asserted in examples',
      files: { [S]: { type: 'string', format: 'date-time', examples: ['yesterday'] } },
      expected: [[S, '/examples/0']],
    },
    { name: 'valid default', files: { [S]: { type: 'integer', default: 3 } }, expected: [] },
  ],
  'payload-no-raw-pii': [
    { name: 'off without piiFields', files: { [S]: { properties: { email: {} } } }, expected: [] },
    {
      name: 'nested and in $defs',
      config: { preset: 'goodgo', naming: { piiFields: ['email'] } },
      files: {
        [S]: {
          properties: { a: { items: { properties: { EMAIL: {} } } } },
          $defs: { p: { properties: { email: {} } } },
        },
      },
      expected: [
        [S, '/$defs/p/properties/email'],
        [S, '/properties/a/items/properties/EMAIL'],
      ],
    },
    {
      name: 'not the envelope',
      config: { preset: 'goodgo', naming: { piiFields: ['email'] } },
      files: { 'schemas/envelope.schema.json': { properties: { email: {} } } },
      expected: [],
    },
  ],
  'envelope-accepts-names': [
    {
      name: 'enum missing a name',
      files: { 'schemas/envelope.schema.json': { properties: { event_type: { enum: ['x.y'] } } }, [S]: {} },
      expected: [['schemas/envelope.schema.json', '/properties/event_type']],
    },
    {
      name: 'const',
      files: { 'schemas/envelope.schema.json': { properties: { type: { const: 'a.b' } } }, [S]: {} },
      expected: [],
    },
    {
      name: 'first field wins',
      files: {
        'schemas/envelope.schema.json': { properties: { eventName: { type: 'string' }, type: { const: 'x' } } },
        [S]: {},
      },
      expected: [],
    },
    {
      name: 'no event-type field',
      files: { 'schemas/envelope.schema.json': { properties: { kind: {} } }, [S]: {} },
      expected: [['schemas/envelope.schema.json', '/properties']],
    },
  ],
  'schema-too-large': [
    {
      name: 'a file one byte over the 10 MB limit is reported, not parsed',
      files: { [S]: `{"description": "${'x'.repeat(10 * 1024 * 1024)}"}` },
      expected: [[S, '']],
    },
  ],
};
