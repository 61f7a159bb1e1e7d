import { defineRule } from '../../rules/define.js';

/**
 * Emitted only by the json-schema-diff cross-check (src/diff/cross-check.ts), never by the walker:
 * the set-based engine saw the accepted set shrink and no evt rule explained it.
 */
export const unclassifiedNarrowing = defineRule({
  id: 'unclassified-narrowing',
  family: 'diff',
  scope: 'node',
  effect: 'narrows',
  docs: {
    summary: 'json-schema-diff found the accepted set narrowed where no evt rule did (cross-check only).',
    rationale:
      'A second, set-based opinion catches combinator interactions evt classifies imprecisely; review the change by hand.',
    example: {
      bad: 'combinator rewrites evt pairs differently than set algebra',
      good: 'n/a: a signal to review, run with crossCheck: true',
    },
  },
  check: () => undefined,
});
