import { compareLower, showBound, valuesNear } from '../engine/bounds.js';
import { defineRule } from '../../rules/define.js';

const compare = compareLower;

export const minimumDecreased = defineRule({
  id: 'minimum-decreased',
  family: 'diff',
  scope: 'node',
  effect: 'widens',
  instanceType: 'number',
  docs: {
    summary: 'The lower numeric bound was lowered or removed: smaller values are now accepted.',
    rationale: 'Widens the accepted set: old consumers reject the new small values (forward).',
    example: { bad: '{"minimum": 1} -> {"minimum": 0}', good: '{"minimum": 1} -> {"minimum": 1}' },
  },
  check: (pair) => {
    const order = compare(pair.new.lower, pair.old.lower);
    if (order !== 1) return;
    pair.emit({
      effect: 'widens',
      message: `lower bound moved from ${showBound(pair.old.lower, 'lower')} to ${showBound(pair.new.lower, 'lower')}`,
      hint: { candidates: [...valuesNear(pair.old.lower), ...valuesNear(pair.new.lower)] },
    });
  },
});
