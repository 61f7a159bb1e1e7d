/**
 * schema-example-invalid: `examples` entries and `default` values validate against the schema they
 * sit in. 2020-12 Validation §9.5 says examples "SHOULD" and §9.2 that defaults "SHOULD" be valid;
 * documentation and code generators show them to users as correct payloads.
 */
import { defineRule } from '../../rules/define.js';
import { checkExamples } from '../examples.js';
import { schemaFinding } from '../finding.js';

const id = 'schema-example-invalid';

export const schemaExampleInvalid = defineRule({
  id,
  family: 'schemas',
  scope: 'document',
  defaultSeverity: 'error',
  docs: {
    summary: '`examples` and `default` values are valid against their schema.',
    rationale:
      'Examples end up in docs, mocks and tests; an invalid one teaches producers to send payloads consumers reject.',
    example: {
      bad: '{ "type": "integer", "minimum": 1, "default": 0 }',
      good: '{ "type": "integer", "minimum": 1, "default": 1 }',
    },
  },
  check(repo) {
    return checkExamples(repo)
      .filter((p) => p.kind === 'invalid')
      .map((p) => schemaFinding(id, p.from, p.pointer, p.message));
  },
});
