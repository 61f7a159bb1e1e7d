import { defineRule } from '../engine/rule-kit.js';

export default defineRule(
  {
    id: 'unique-items-added',
    summary: 'uniqueItems was turned on: arrays with duplicates are rejected.',
    rationale: 'Narrows the accepted set (backward-incompatible).',
    example: {
      bad: '{"type": "array"} -> {"type": "array", "uniqueItems": true}',
      good: 'decide on uniqueness in the first version',
    },
    effect: 'narrows',
  },
  (pair) => {
    if (pair.old.uniqueItems || !pair.new.uniqueItems) return;
    pair.emit({
      ruleId: 'unique-items-added',
      effect: 'narrows',
      message: 'uniqueItems added: duplicate elements are rejected',
      hint: { duplicate: true },
    });
  },
  'array',
);
