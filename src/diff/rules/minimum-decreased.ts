import { compareLower, showBound, valuesNear } from '../engine/bounds.js';
import { defineRule } from '../engine/rule-kit.js';

const compare = compareLower;

export default defineRule(
  {
    id: 'minimum-decreased',
    summary: 'The lower numeric bound was lowered or removed: smaller values are now accepted.',
    rationale: 'Widens the accepted set: old consumers reject the new small values (forward).',
    example: { bad: '{"minimum": 1} -> {"minimum": 0}', good: '{"minimum": 1} -> {"minimum": 1}' },
    effect: 'widens',
  },
  (pair) => {
    const order = compare(pair.new.lower, pair.old.lower);
    if (order !== 1) return;
    pair.emit({
      ruleId: 'minimum-decreased',
      effect: 'widens',
      message: `lower bound moved from ${showBound(pair.old.lower, 'lower')} to ${showBound(pair.new.lower, 'lower')}`,
      hint: { candidates: [...valuesNear(pair.old.lower), ...valuesNear(pair.new.lower)] },
    });
  },
  'number',
);
