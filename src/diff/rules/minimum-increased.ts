import { compareLower, showBound, valuesNear } from '../engine/bounds.js';
import { defineRule } from '../engine/rule-kit.js';

const compare = compareLower;

export default defineRule(
  {
    id: 'minimum-increased',
    summary:
      'The lower numeric bound (minimum/exclusiveMinimum) was raised or added: small values that were valid are rejected.',
    rationale:
      'Narrows the accepted set: events written under the old schema may carry the now-too-small value (backward).',
    example: { bad: '{"minimum": 0} -> {"minimum": 1}', good: '{"minimum": 1} -> {"minimum": 0}' },
    effect: 'narrows',
  },
  (pair) => {
    const order = compare(pair.new.lower, pair.old.lower);
    if (order !== -1) return;
    pair.emit({
      ruleId: 'minimum-increased',
      effect: 'narrows',
      message: `lower bound moved from ${showBound(pair.old.lower, 'lower')} to ${showBound(pair.new.lower, 'lower')}`,
      hint: { candidates: [...valuesNear(pair.old.lower), ...valuesNear(pair.new.lower)] },
    });
  },
  'number',
);
