import { defineRule } from '../engine/rule-kit.js';

export default defineRule(
  {
    id: 'unique-items-removed',
    summary: 'uniqueItems was turned off: arrays with duplicates are accepted.',
    rationale: 'Widens the accepted set (forward-incompatible).',
    example: { bad: '{"uniqueItems": true} -> {}', good: 'decide on uniqueness in the first version' },
    effect: 'widens',
  },
  (pair) => {
    if (!pair.old.uniqueItems || pair.new.uniqueItems) return;
    pair.emit({
      ruleId: 'unique-items-removed',
      effect: 'widens',
      message: 'uniqueItems removed: duplicate elements are accepted',
      hint: { duplicate: true },
    });
  },
  'array',
);
