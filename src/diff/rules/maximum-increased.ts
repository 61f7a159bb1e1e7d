import { compareUpper, showBound, valuesNear } from '../engine/bounds.js';
import { defineRule } from '../../rules/define.js';

const compare = compareUpper;

export const maximumIncreased = defineRule({
  id: 'maximum-increased',
  family: 'diff',
  scope: 'node',
  effect: 'widens',
  instanceType: 'number',
  docs: {
    summary: 'The upper numeric bound was raised or removed: larger values are now accepted.',
    rationale: 'Widens the accepted set (forward-incompatible).',
    example: { bad: '{"maximum": 10} -> {"maximum": 100}', good: '{"maximum": 10} -> {"maximum": 10}' },
  },
  check: (pair) => {
    const order = compare(pair.new.upper, pair.old.upper);
    if (order !== 1) return;
    pair.emit({
      effect: 'widens',
      message: `upper bound moved from ${showBound(pair.old.upper, 'upper')} to ${showBound(pair.new.upper, 'upper')}`,
      hint: { candidates: [...valuesNear(pair.old.upper), ...valuesNear(pair.new.upper)] },
    });
  },
});
