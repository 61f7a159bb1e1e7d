import type { LintRule } from '../../model/rule.js';
import { loadProblemFindings } from '../load-problems.js';

/** JSON exchanged between systems must be UTF-8 (RFC 8259 §8.1); a silent U+FFFD would hide the problem. */
export const schemaNotUtf8: LintRule = {
  id: 'schema-not-utf8',
  kind: 'schema',
  defaultSeverity: 'error',
  summary: 'Schema files are UTF-8 encoded.',
  rationale:
    'A file saved as Latin-1 or UTF-16 reads differently in every runtime; replacing bad bytes silently would check a schema nobody else sees.',
  example: { bad: '{"title": "Caf\\xe9"} saved as Latin-1', good: '{"title": "Café"} saved as UTF-8' },
  check(repo) {
    return loadProblemFindings(repo, this.id, 're-save the file as UTF-8');
  },
};
