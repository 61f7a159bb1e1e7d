import { defineRule } from '../../rules/define.js';
import { loadProblemFindings } from '../../repo/load-problems.js';

/** Depth cap, checked by a linear scan before parsing, so no recursive walker ever meets the document. */
export const schemaTooDeep = defineRule({
  id: 'schema-too-deep',
  family: 'schemas',
  scope: 'repo',
  defaultSeverity: 'error',
  docs: {
    summary: 'A schema document nests at most 256 levels; deeper documents are reported and not parsed.',
    rationale:
      'Real schemas nest a few dozen levels; thousands of levels overflow the stack of recursive tools (validators, code generators, evt itself).',
    example: {
      bad: '{"items": {"items": {"items": ... 10,000 levels ... }}}',
      good: 'shared shapes moved to $defs and referenced with $ref',
    },
  },
  check(repo, { ruleId }) {
    return loadProblemFindings(repo, ruleId, 'move nested shapes into $defs and reference them with $ref');
  },
});
