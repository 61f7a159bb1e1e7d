import { defineRule } from '../../rules/define.js';

export const uniqueItemsRemoved = defineRule({
  id: 'unique-items-removed',
  family: 'diff',
  scope: 'node',
  effect: 'widens',
  instanceType: 'array',
  docs: {
    summary: 'uniqueItems was turned off: arrays with duplicates are accepted.',
    rationale: 'Widens the accepted set (forward-incompatible).',
    example: { bad: '{"uniqueItems": true} -> {}', good: 'decide on uniqueness in the first version' },
  },
  check: (pair) => {
    if (!pair.old.uniqueItems || pair.new.uniqueItems) return;
    pair.emit({
      effect: 'widens',
      message: 'uniqueItems removed: duplicate elements are accepted',
      hint: { duplicate: true },
    });
  },
});
