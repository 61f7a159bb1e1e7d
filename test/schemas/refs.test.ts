import { describe, expect, it } from 'vitest';
import { lintRepo } from '../../src/lint/lint.js';
import { repoFrom } from './helpers.js';

const S = 'schemas/order.created.schema.json';

describe('schema-ref-unresolved on names Object.prototype carries', () => {
  // The pointer is followed through own members only: an inherited `constructor` is not a target.
  it.each(['constructor', '__proto__', 'toString'])(
    'reports "#/%s" at its $ref with the exact message',
    async (name) => {
      const repo = await repoFrom({ [S]: { properties: { a: { $ref: `#/${name}` } } } });
      const found = lintRepo(repo)
        .findings.filter((f) => f.ruleId === 'schema-ref-unresolved')
        .map((f) => [f.file, f.pointer, f.message]);
      expect(found).toEqual([[S, '/properties/a/$ref', `"#/${name}": ${S} has nothing at /${name}`]]);
    },
  );

  it('still resolves a member really named "constructor"', async () => {
    const repo = await repoFrom({
      [S]: { properties: { a: { $ref: '#/$defs/constructor' } }, $defs: { constructor: { type: 'string' } } },
    });
    expect(lintRepo(repo).findings.filter((f) => f.ruleId === 'schema-ref-unresolved')).toEqual([]);
  });
});
