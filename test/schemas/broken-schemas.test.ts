import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContractRepo } from '../../src/repo/load.js';
import { REPO_ROOT, rows, runSchemaRules } from './helpers.js';

const FIXTURES = path.join(REPO_ROOT, 'fixtures/repos');

describe('fixtures/repos/broken-schemas', () => {
  it('produces exactly the expected findings, one scenario per file', async () => {
    const repo = await loadContractRepo(path.join(FIXTURES, 'broken-schemas'));
    expect(rows(runSchemaRules(repo))).toEqual([
      ['envelope-accepts-names', 'schemas/envelope.schema.json', '/properties/eventType'],
      ['envelope-accepts-names', 'schemas/envelope.schema.json', '/properties/eventType'],
      ['payload-no-raw-pii', 'schemas/user.signed_up.schema.json', '/properties/contact/properties/Phone'],
      ['payload-no-raw-pii', 'schemas/user.signed_up.schema.json', '/properties/email'],
      ['schema-compiles', 'schemas/compile.failed.schema.json', '/patternProperties/('],
      ['schema-compiles', 'schemas/compile.failed.schema.json', '/properties/code/pattern'],
      ['schema-draft-unknown', 'schemas/draft.unknown.schema.json', '/$schema'],
      ['schema-example-invalid', 'schemas/example.invalid.schema.json', '/examples/1'],
      ['schema-example-invalid', 'schemas/example.invalid.schema.json', '/properties/count/default'],
      ['schema-example-invalid', 'schemas/example.invalid.schema.json', '/properties/price/examples/0'],
      ['schema-example-invalid', 'schemas/example.invalid.schema.json', '/properties/slug/examples/0'],
      ['schema-meta-valid', 'schemas/meta.invalid.schema.json', '/properties/id/type'],
      ['schema-meta-valid', 'schemas/meta.invalid.schema.json', '/properties/name/minLength'],
      ['schema-meta-valid', 'schemas/meta.invalid.schema.json', '/required'],
      ['schema-parse', 'schemas/array.root.schema.json', ''],
      ['schema-parse', 'schemas/parse.broken.schema.json', ''],
      ['schema-ref-outside-repo', 'schemas/ref.outside.schema.json', '/properties/climb/$ref'],
      ['schema-ref-outside-repo', 'schemas/ref.outside.schema.json', '/properties/disk/$ref'],
      ['schema-ref-remote', 'schemas/ref.remote.schema.json', '/properties/amount/$ref'],
      ['schema-ref-unresolved', 'schemas/ref.unresolved.schema.json', '/properties/missingAnchor/$ref'],
      ['schema-ref-unresolved', 'schemas/ref.unresolved.schema.json', '/properties/missingFile/$ref'],
      ['schema-ref-unresolved', 'schemas/ref.unresolved.schema.json', '/properties/missingPointer/$ref'],
      ['schema-ref-unresolved', 'schemas/ref.unresolved.schema.json', '/properties/typo/$ref'],
      ['schema-ref-unresolved', 'schemas/ref.unresolved.schema.json', '/properties/unknownId/$ref'],
      ['schema-unknown-keyword', 'schemas/compile.failed.schema.json', '/properties/at/format'],
      ['schema-unknown-keyword', 'schemas/compile.failed.schema.json', '/properties/name/maxLenght'],
    ]);
  });

  it('gives parse errors a line and column, in the finding and the message', async () => {
    const repo = await loadContractRepo(path.join(FIXTURES, 'broken-schemas'));
    const parse = runSchemaRules(repo).find((f) => f.file === 'schemas/parse.broken.schema.json')!;
    expect(parse).toMatchObject({ ruleId: 'schema-parse', event: 'parse.broken', line: 4, column: 32 });
    expect(parse.message).toContain('4:32');
  });

  it('names the rejected events and the reason in envelope findings', async () => {
    const repo = await loadContractRepo(path.join(FIXTURES, 'broken-schemas'));
    const envelope = runSchemaRules(repo).filter((f) => f.ruleId === 'envelope-accepts-names');
    expect(envelope.map((f) => [f.event, f.message])).toEqual([
      ['example.invalid', 'envelope eventType rejects "example.invalid": it is longer than maxLength 14'],
      [
        'user.signed_up',
        'envelope eventType rejects "user.signed_up": it does not match pattern "^[a-z]+\\\\.[a-z]+$"',
      ],
    ]);
  });
});

describe('the good fixture repos', () => {
  it.each(['flat', 'versioned', 'area-action-state', 'name-versioned'])('%s has no schema findings', async (name) => {
    const repo = await loadContractRepo(path.join(FIXTURES, name));
    expect(runSchemaRules(repo)).toEqual([]);
  });
});
