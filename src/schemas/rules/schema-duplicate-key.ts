import { defineRule } from '../../rules/define.js';
import { loadProblemFindings } from '../../repo/load-problems.js';

/** JSON.parse keeps the last duplicate silently; other parsers keep the first or fail (RFC 8259 §4). */
export const schemaDuplicateKey = defineRule({
  id: 'schema-duplicate-key',
  family: 'schemas',
  scope: 'repo',
  defaultSeverity: 'error',
  docs: {
    summary: 'No object in a schema file has the same key twice.',
    rationale:
      'With a duplicate key, producers and consumers in different runtimes can read different schemas from the same file, and a reviewer sees only one of them.',
    example: { bad: '{ "type": "object", "type": "string" }', good: '{ "type": "object" }' },
  },
  check(repo, { ruleId }) {
    return loadProblemFindings(repo, ruleId, 'keep one of the two members');
  },
});
