/**
 * schema-ref-outside-repo: no `$ref` reads the local disk (`file://`) or climbs above the repo root
 * (`../../..`). Such refs resolve differently on every machine and let a contract depend on files
 * that are not under review.
 */
import { defineRule } from '../../rules/define.js';
import { schemaFinding } from '../finding.js';
import { checkRefs } from '../refs.js';

const id = 'schema-ref-outside-repo';

export const schemaRefOutsideRepo = defineRule({
  id,
  family: 'schemas',
  scope: 'document',
  defaultSeverity: 'error',
  docs: {
    summary: 'No `$ref` to a `file://` URI or a path above the repo root.',
    rationale:
      'A contract repo is reviewed and versioned as a unit; refs that leave it make validation depend on whatever happens to be on the machine.',
    example: { bad: '{ "$ref": "../../../shared/money.json" }', good: '{ "$ref": "../common/money.json" }' },
  },
  check(repo) {
    return checkRefs(repo)
      .filter((c) => c.problem?.kind === 'outside')
      .map((c) => schemaFinding(id, c.from, c.pointer, c.problem!.message));
  },
});
