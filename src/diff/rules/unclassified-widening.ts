import { defineRule } from '../../rules/define.js';

/**
 * Emitted only by the json-schema-diff cross-check (src/diff/cross-check.ts), never by the walker:
 * the set-based engine saw the accepted set grow and no evt rule explained it.
 */
export const unclassifiedWidening = defineRule({
  id: 'unclassified-widening',
  family: 'diff',
  scope: 'node',
  effect: 'widens',
  docs: {
    summary: 'json-schema-diff found the accepted set widened where no evt rule did (cross-check only).',
    rationale:
      'A second, set-based opinion catches combinator interactions evt classifies imprecisely; review the change by hand.',
    example: {
      bad: 'combinator rewrites evt pairs differently than set algebra',
      good: 'n/a: a signal to review, run with crossCheck: true',
    },
  },
  check: () => undefined,
});
