import { describe, expect, it } from 'vitest';
import { quickValid } from '../../src/schemas/quick-check.js';

const root = {
  $defs: { level: { type: 'object', properties: { name: { type: 'string' } }, additionalProperties: false } },
  properties: {
    flag: { type: 'boolean', default: false, markdownDescription: 'x' },
    level: { type: 'string', enum: ['low', 'high'], examples: ['low'] },
    count: { type: 'integer', minimum: 0, maximum: 10 },
    nested: { $ref: '#/$defs/level' },
    code: { type: 'string', pattern: '^a' },
    tags: { type: 'array', items: { type: 'string' }, maxItems: 2 },
  },
};

describe('quickValid: a fast yes, never a no', () => {
  it.each([
    ['/properties/flag', false],
    ['/properties/level', 'low'],
    ['/properties/count', 10],
    ['/properties/nested', { name: 'n' }],
    ['/properties/tags', ['a', 'b']],
  ])('%s accepts %j without ajv', (pointer, value) => {
    expect(quickValid(root, pointer, value, '2020-12')).toBe(true);
  });

  it.each([
    ['/properties/flag', 'no'],
    ['/properties/level', 'mid'],
    ['/properties/count', 11],
    ['/properties/count', 1.5],
    ['/properties/nested', { name: 'n', extra: 1 }],
    ['/properties/tags', ['a', 'b', 'c']],
    ['/properties/code', 'abc'],
  ])('%s leaves %j to ajv (invalid, or a keyword it does not decide)', (pointer, value) => {
    expect(quickValid(root, pointer, value, '2020-12')).toBeUndefined();
  });

  it('before 2019-09 a $ref replaces its siblings', () => {
    const draft7 = {
      definitions: { s: { type: 'string' } },
      properties: { a: { $ref: '#/definitions/s', type: 'integer' } },
    };
    expect(quickValid(draft7, '/properties/a', 'x', '07')).toBe(true);
    expect(quickValid(draft7, '/properties/a', 'x', '2020-12')).toBeUndefined();
  });
});
