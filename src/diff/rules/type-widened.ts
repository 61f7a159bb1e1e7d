import { defineRule } from '../../rules/define.js';
import { describeTypes, uncovered } from '../engine/type-set.js';

export const typeWidened = defineRule({
  id: 'type-widened',
  family: 'diff',
  scope: 'node',
  effect: 'widens',
  docs: {
    summary:
      'The set of admitted JSON types grew (a type was added, integer became number, or the type constraint was dropped).',
    rationale: 'New events may carry a value of the added type; old consumers that validate reject them (forward).',
    example: { bad: '{"type": "integer"} -> {"type": "number"}', good: '{"type": "integer"} -> {"type": "integer"}' },
  },
  check: (pair) => {
    const lost = uncovered(pair.old.effectiveTypes, pair.new.effectiveTypes);
    const gained = uncovered(pair.new.effectiveTypes, pair.old.effectiveTypes);
    if (gained.length === 0 || lost.length > 0) return;
    pair.emit({
      effect: 'widens',
      message: `type widened from ${describeTypes(pair.old.effectiveTypes)} to ${describeTypes(pair.new.effectiveTypes)} (now also accepts ${gained.join(', ')})`,
    });
  },
});
