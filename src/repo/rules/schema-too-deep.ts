import type { LintRule } from '../../model/rule.js';
import { loadProblemFindings } from '../load-problems.js';

/** Depth cap, checked by a linear scan before parsing, so no recursive walker ever meets the document. */
export const schemaTooDeep: LintRule = {
  id: 'schema-too-deep',
  kind: 'schema',
  defaultSeverity: 'error',
  summary: 'A schema document nests at most 256 levels; deeper documents are reported and not parsed.',
  rationale:
    'Real schemas nest a few dozen levels; thousands of levels overflow the stack of recursive tools (validators, code generators, evt itself).',
  example: {
    bad: '{"items": {"items": {"items": ... 10,000 levels ... }}}',
    good: 'shared shapes moved to $defs and referenced with $ref',
  },
  check(repo) {
    return loadProblemFindings(repo, this.id, 'move nested shapes into $defs and reference them with $ref');
  },
};
