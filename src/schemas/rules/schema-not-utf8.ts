import { defineRule } from '../../rules/define.js';
import { loadProblemFindings } from '../../repo/load-problems.js';

/** JSON exchanged between systems must be UTF-8 (RFC 8259 §8.1); a silent U+FFFD would hide the problem. */
export const schemaNotUtf8 = defineRule({
  id: 'schema-not-utf8',
  family: 'schemas',
  scope: 'repo',
  defaultSeverity: 'error',
  docs: {
    summary: 'Schema files are UTF-8 encoded.',
    rationale:
      'A file saved as Latin-1 or UTF-16 reads differently in every runtime; replacing bad bytes silently would check a schema nobody else sees.',
    example: { bad: '{"title": "Caf\\xe9"} saved as Latin-1', good: '{"title": "Café"} saved as UTF-8' },
  },
  check(repo, { ruleId }) {
    return loadProblemFindings(repo, ruleId, 're-save the file as UTF-8');
  },
});
