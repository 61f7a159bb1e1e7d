/**
 * schema-draft-unknown: `$schema` names one of the drafts evt (and ajv) implement. An unknown
 * dialect URI would have to be fetched to learn its keywords (2020-12 Core §8.1.1); evt never
 * fetches, so it says so instead of guessing.
 */
import { defineRule } from '../../rules/define.js';
import { analyzeRepo } from '../analyze.js';
import { schemaFinding } from '../finding.js';

const id = 'schema-draft-unknown';
const KNOWN = 'https://json-schema.org/draft/2020-12/schema (or 2019-09, draft-07, draft-06, draft-04)';

export const schemaDraftUnknown = defineRule({
  id,
  family: 'schemas',
  scope: 'document',
  defaultSeverity: 'error',
  docs: {
    summary: '`$schema` names a JSON Schema draft evt knows (04, 06, 07, 2019-09, 2020-12).',
    rationale:
      'Validators pick keyword semantics from `$schema`; an unknown or misspelled URI means each tool guesses differently, and evt would have to fetch it.',
    example: {
      bad: '{ "$schema": "https://json-schema.org/draft/2021-01/schema" }',
      good: '{ "$schema": "https://json-schema.org/draft/2020-12/schema" }',
    },
  },
  check(repo) {
    return analyzeRepo(repo)
      .filter((a) => a.unknownSchema)
      .map((a) =>
        schemaFinding(
          id,
          a,
          '/$schema',
          `unknown $schema ${JSON.stringify(a.unknownSchema!.value)}; evt does not fetch meta-schemas`,
          { hint: `use ${KNOWN}` },
        ),
      );
  },
});
