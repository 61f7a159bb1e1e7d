import { compareUpper, showBound, valuesNear } from '../engine/bounds.js';
import { defineRule } from '../../rules/define.js';

const compare = compareUpper;

export const maximumDecreased = defineRule({
  id: 'maximum-decreased',
  family: 'diff',
  scope: 'node',
  effect: 'narrows',
  instanceType: 'number',
  docs: {
    summary:
      'The upper numeric bound (maximum/exclusiveMaximum) was lowered or added: large values that were valid are rejected.',
    rationale: 'Narrows the accepted set (backward-incompatible).',
    example: { bad: '{"maximum": 100} -> {"maximum": 10}', good: '{"maximum": 10} -> {"maximum": 100}' },
  },
  check: (pair) => {
    const order = compare(pair.new.upper, pair.old.upper);
    if (order !== -1) return;
    pair.emit({
      effect: 'narrows',
      message: `upper bound moved from ${showBound(pair.old.upper, 'upper')} to ${showBound(pair.new.upper, 'upper')}`,
      hint: { candidates: [...valuesNear(pair.old.upper), ...valuesNear(pair.new.upper)] },
    });
  },
});
