/**
 * Hostile input: no stack trace, no hang, bounded work.
 */
import { describe, expect, it } from 'vitest';
import { repoFrom, rows, runSchemaRules } from './helpers.js';

const S = 'schemas/a.b.schema.json';

function nested(depth: number): string {
  return `${'{"not":'.repeat(depth)}{}${'}'.repeat(depth)}`;
}

describe('hostile schemas', () => {
  it('a 200-level schema is one schema-compiles finding at the depth limit, not a crash', async () => {
    const repo = await repoFrom({ [S]: nested(200) });
    const findings = runSchemaRules(repo);
    expect(rows(findings)).toEqual([['schema-compiles', S, `/not`.repeat(129)]]);
    expect(findings[0]!.message).toContain('deeper than 128');
  });

  it('a deep schema with examples is not compiled', async () => {
    const repo = await repoFrom({ [S]: `{"examples":[1],"not":${nested(200)}}` });
    expect(rows(runSchemaRules(repo)).map((r) => r[0])).toEqual(['schema-compiles']);
  });

  it('a 10,000-deep schema never reaches the schema rules: the loader rejects it (schema-too-deep)', async () => {
    const repo = await repoFrom({ [S]: nested(10_000) });
    expect(rows(runSchemaRules(repo))).toEqual([]);
    expect(repo.rejected?.map((d) => [d.file, d.parseError?.ruleId])).toEqual([[S, 'schema-too-deep']]);
  });

  it('$ref cycles between files and a self-referencing example terminate', async () => {
    const repo = await repoFrom({
      [S]: { $ref: './c.d.schema.json', examples: [1] },
      'schemas/c.d.schema.json': { $ref: './a.b.schema.json' },
      'schemas/e.f.schema.json': { $defs: { loop: { $ref: '#/$defs/loop' } }, $ref: '#/$defs/loop', default: 1 },
    });
    const findings = runSchemaRules(repo);
    expect(rows(findings)).toEqual([
      ['schema-compiles', 'schemas/e.f.schema.json', ''],
      ['schema-example-invalid', S, '/examples/0'],
    ]);
    expect(findings.map((f) => f.message)).toEqual([
      'ajv cannot compile this schema: its $refs form a cycle that never reaches a keyword (ajv recurses without end)',
      'example could not be checked: the schema recurses without end',
    ]);
  });

  it('a catastrophic pattern in an example and in the envelope is bounded', async () => {
    const evil = '^([a-z]+)+$';
    const repo = await repoFrom({
      [S]: { type: 'string', pattern: evil, examples: ['aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!'] },
      'schemas/envelope.schema.json': { properties: { eventType: { pattern: evil } } },
      [`schemas/${'a'.repeat(40)}!.schema.json`]: {},
    });
    const findings = runSchemaRules(repo);
    expect(findings.find((f) => f.ruleId === 'schema-example-invalid')!.message).toContain('catastrophic backtracking');
    expect(
      findings
        .filter((f) => f.ruleId === 'envelope-accepts-names')
        .map((f) => f.message.includes('catastrophic backtracking')),
    ).toContain(true);
  });

  it('keys that look like pointers, prototypes and odd $ids do not confuse the walk', async () => {
    const repo = await repoFrom({
      [S]: {
        $id: 'not a uri ::',
        properties: { __proto__: { type: 'string' }, 'a/b~c': { $ref: '#/properties/a~1b~0c' } },
        $defs: { constructor: {} },
      },
    });
    expect(rows(runSchemaRules(repo))).toEqual([]);
  });
});
