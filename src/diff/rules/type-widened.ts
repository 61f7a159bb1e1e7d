import { defineRule } from '../engine/rule-kit.js';
import { describeTypes, uncovered } from '../engine/type-set.js';

export default defineRule(
  {
    id: 'type-widened',
    summary:
      'The set of admitted JSON types grew (a type was added, integer became number, or the type constraint was dropped).',
    rationale: 'New events may carry a value of the added type; old consumers that validate reject them (forward).',
    example: { bad: '{"type": "integer"} -> {"type": "number"}', good: '{"type": "integer"} -> {"type": "integer"}' },
    effect: 'widens',
  },
  (pair) => {
    const lost = uncovered(pair.old.effectiveTypes, pair.new.effectiveTypes);
    const gained = uncovered(pair.new.effectiveTypes, pair.old.effectiveTypes);
    if (gained.length === 0 || lost.length > 0) return;
    pair.emit({
      ruleId: 'type-widened',
      effect: 'widens',
      message: `type widened from ${describeTypes(pair.old.effectiveTypes)} to ${describeTypes(pair.new.effectiveTypes)} (now also accepts ${gained.join(', ')})`,
    });
  },
);
