import { defineRule } from '../../rules/define.js';

export const uniqueItemsAdded = defineRule({
  id: 'unique-items-added',
  family: 'diff',
  scope: 'node',
  effect: 'narrows',
  instanceType: 'array',
  docs: {
    summary: 'uniqueItems was turned on: arrays with duplicates are rejected.',
    rationale: 'Narrows the accepted set (backward-incompatible).',
    example: {
      bad: '{"type": "array"} -> {"type": "array", "uniqueItems": true}',
      good: 'decide on uniqueness in the first version',
    },
  },
  check: (pair) => {
    if (pair.old.uniqueItems || !pair.new.uniqueItems) return;
    pair.emit({
      effect: 'narrows',
      message: 'uniqueItems added: duplicate elements are rejected',
      hint: { duplicate: true },
    });
  },
});
