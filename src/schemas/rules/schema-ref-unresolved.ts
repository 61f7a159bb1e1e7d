/**
 * schema-ref-unresolved: every `$ref` lands on something in the repo: a pointer or anchor in the
 * same document, a file relative to the referring one, or a schema whose `$id` matches
 * (2020-12 Core §8.2.3.1). A ref to a missing file, pointer or anchor is reported at the `$ref`.
 */
import { defineRule } from '../../rules/define.js';
import { schemaFinding } from '../finding.js';
import { checkRefs } from '../refs.js';

const id = 'schema-ref-unresolved';

export const schemaRefUnresolved = defineRule({
  id,
  family: 'schemas',
  scope: 'document',
  defaultSeverity: 'error',
  docs: {
    summary: '`$ref`s resolve to a schema in the repo.',
    rationale: 'An unresolvable `$ref` makes the schema fail to compile in every consumer, usually only at runtime.',
    example: {
      bad: '{ "$ref": "#/$defs/mony", "$defs": { "money": {} } }',
      good: '{ "$ref": "#/$defs/money", "$defs": { "money": {} } }',
    },
  },
  check(repo) {
    return checkRefs(repo)
      .filter((c) => c.problem?.kind === 'unresolved')
      .map((c) => schemaFinding(id, c.from, c.pointer, c.problem!.message));
  },
});
