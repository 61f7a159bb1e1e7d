import { describe, expect, it } from 'vitest';
import { lintRepo } from '../../src/lint/lint.js';
import { resolveRefTarget } from '../../src/schemas/refs.js';
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

describe('$ref by $id, as ajv resolves it', () => {
  const user = { $id: 'common/user.schema.json', type: 'object', properties: { login: { type: 'string' } } };
  const opened = {
    $id: 'issues$opened',
    properties: {
      sender: { $ref: 'common/user.schema.json' },
      login: { $ref: 'common/user.schema.json#/properties/login' },
    },
  };

  it('finds an unplaced definition by its relative-looking $id from another folder, and lints it as a definition', async () => {
    const repo = await repoFrom(
      { 'api/common/user.schema.json': user, 'api/events/issues/opened.schema.json': opened },
      { layout: { schemas: ['api/events/{aggregate}/{action}.schema.json'] } },
    );
    expect(lintRepo(repo).findings.filter((f) => f.ruleId.startsWith('schema-ref'))).toEqual([]);
    expect(repo.definitions).toEqual(['api/common/user.schema.json']);
    expect(repo.events.map((e) => e.name)).toEqual(['issues.opened']);
    expect(repo.docs.map((d) => d.file)).toEqual([
      'api/common/user.schema.json',
      'api/events/issues/opened.schema.json',
    ]);
  });

  it('resolveRefTarget gives the file, pointer and subschema a ref lands on', async () => {
    const repo = await repoFrom(
      { 'api/common/user.schema.json': user, 'api/issues/opened.schema.json': opened },
      { layout: { schemas: ['api/{aggregate}/{action}.schema.json'], definitions: ['api/common/{*}.schema.json'] } },
    );
    expect(
      resolveRefTarget(
        repo,
        'api/issues/opened.schema.json',
        'common/user.schema.json#/properties/login',
        '/properties/login/$ref',
      ),
    ).toEqual({ file: 'api/common/user.schema.json', pointer: '/properties/login', schema: { type: 'string' } });
    expect(resolveRefTarget(repo, 'api/issues/opened.schema.json', 'common/nobody.schema.json')).toEqual({
      problem: '"common/nobody.schema.json": no schema at api/issues/common/nobody.schema.json',
    });
    expect(repo.events.map((e) => e.name)).toEqual(['issues.opened']);
  });

  it('resolves a fragment in the referring document even when another file claims its $id', async () => {
    const a = {
      $id: 'common/label.json',
      properties: { c: { $ref: '#/definitions/color' } },
      definitions: { color: {} },
    };
    const b = {
      $id: 'common/label.json',
      properties: { s: { $ref: '#/definitions/shade' } },
      definitions: { shade: {} },
    };
    const repo = await repoFrom({ 'schemas/a.created.schema.json': a, 'schemas/b.created.schema.json': b });
    const found = lintRepo(repo).findings.filter(
      (f) => f.ruleId.startsWith('schema-ref') || f.ruleId === 'schema-id-duplicate',
    );
    expect(found.map((f) => [f.ruleId, f.file, f.pointer, f.message])).toEqual([
      [
        'schema-id-duplicate',
        'schemas/b.created.schema.json',
        '/$id',
        '$id "common/label.json" is also the $id of schemas/a.created.schema.json',
      ],
    ]);
  });
});
