import type { LintRule } from '../../model/rule.js';
import { loadProblemFindings } from '../load-problems.js';

/** JSON.parse keeps the last duplicate silently; other parsers keep the first or fail (RFC 8259 §4). */
export const schemaDuplicateKey: LintRule = {
  id: 'schema-duplicate-key',
  kind: 'schema',
  defaultSeverity: 'error',
  summary: 'No object in a schema file has the same key twice.',
  rationale:
    'With a duplicate key, producers and consumers in different runtimes can read different schemas from the same file, and a reviewer sees only one of them.',
  example: { bad: '{ "type": "object", "type": "string" }', good: '{ "type": "object" }' },
  check(repo) {
    return loadProblemFindings(repo, this.id, 'keep one of the two members');
  },
};
