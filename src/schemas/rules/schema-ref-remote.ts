/**
 * schema-ref-remote: an absolute `http(s)://` `$ref` must be the `$id` of a schema in the repo.
 * Anything else would need a network fetch at validation time, which evt never does and which makes
 * a contract depend on a server being up and unchanged.
 */
import { defineRule } from '../../rules/define.js';
import { schemaFinding } from '../finding.js';
import { checkRefs } from '../refs.js';

const id = 'schema-ref-remote';

export const schemaRefRemote = defineRule({
  id,
  family: 'schemas',
  scope: 'document',
  defaultSeverity: 'error',
  docs: {
    summary: 'No `$ref` to a remote schema outside the repo.',
    rationale:
      'Contracts must be self-contained: a remote `$ref` changes meaning when the remote file changes, and validation fails when it is unreachable.',
    example: { bad: '{ "$ref": "https://example.com/money.json" }', good: '{ "$ref": "./money.json" }' },
  },
  check(repo) {
    return checkRefs(repo)
      .filter((c) => c.problem?.kind === 'remote')
      .map((c) =>
        schemaFinding(id, c.from, c.pointer, c.problem!.message, {
          hint: 'copy the schema into the repo and reference it by relative path or by its $id',
        }),
      );
  },
});
