/**
 * name-near-duplicate: two names that differ only by a plural, a tense, case or separators, or
 * one letter of one segment are usually one event spelled twice (`payment.completed` and
 * `payments.completed`); consumers subscribed to one silently miss the other.
 */
import type { RuleFinding } from '../../model/rule.js';
import { defineRule } from '../../rules/define.js';
import { quote } from '../parse.js';
import { candidatePairs, nameShape, shapeDifference } from '../similar.js';
import { nameTargets, type NameTarget } from '../targets.js';

const id = 'name-near-duplicate';

function pairFinding(self: NameTarget, other: NameTarget, kind: string): RuleFinding {
  return {
    event: self.event,
    file: self.file,
    pointer: '',
    message: `${quote(self.event)} differs from ${quote(other.event)} only by ${kind}`,
    hint: `if both are one event, keep one name (see ${other.file}); if not, make the difference clearer`,
  };
}

export const nameNearDuplicate = defineRule({
  id,
  family: 'names',
  scope: 'repo',
  needsEveryEvent: true,
  defaultSeverity: 'warning',
  docs: {
    summary: 'No two event names differ only by a plural, a tense, case or separators, or one letter.',
    rationale:
      'Near-identical names are usually one event spelled twice; a consumer subscribed to one spelling silently misses the other.',
    example: { bad: 'payment.completed + payments.completed', good: 'payment.completed' },
  },
  check(repo) {
    const targets = nameTargets(repo);
    const shapes = targets.map((t) => nameShape(t.event));
    return candidatePairs(shapes).flatMap(([i, j]) => {
      // each side's message names its own spelling first; most pairs differ, so the reverse
      // comparison (past tenses are its costly part) runs only when the first finds a difference
      const kindA = shapeDifference(shapes[i]!, shapes[j]!);
      const kindB = kindA && shapeDifference(shapes[j]!, shapes[i]!);
      return kindA && kindB
        ? [pairFinding(targets[i]!, targets[j]!, kindA), pairFinding(targets[j]!, targets[i]!, kindB)]
        : [];
    });
  },
});
