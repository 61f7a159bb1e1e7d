import { compareLower, showBound, valuesNear } from '../engine/bounds.js';
import { defineRule } from '../../rules/define.js';

const compare = compareLower;

export const minimumIncreased = defineRule({
  id: 'minimum-increased',
  family: 'diff',
  scope: 'node',
  effect: 'narrows',
  instanceType: 'number',
  docs: {
    summary:
      'The lower numeric bound (minimum/exclusiveMinimum) was raised or added: small values that were valid are rejected.',
    rationale:
      'Narrows the accepted set: events written under the old schema may carry the now-too-small value (backward).',
    example: { bad: '{"minimum": 0} -> {"minimum": 1}', good: '{"minimum": 1} -> {"minimum": 0}' },
  },
  check: (pair) => {
    const order = compare(pair.new.lower, pair.old.lower);
    if (order !== -1) return;
    pair.emit({
      effect: 'narrows',
      message: `lower bound moved from ${showBound(pair.old.lower, 'lower')} to ${showBound(pair.new.lower, 'lower')}`,
      hint: { candidates: [...valuesNear(pair.old.lower), ...valuesNear(pair.new.lower)] },
    });
  },
});
