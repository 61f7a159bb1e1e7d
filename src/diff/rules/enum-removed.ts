import { defineRule } from '../engine/rule-kit.js';

export default defineRule(
  {
    id: 'enum-removed',
    summary: 'An enum or const was dropped: any value of the type is accepted now.',
    rationale: 'Widens the accepted set: old consumers reject values outside the old list (forward).',
    example: { bad: '{"enum": ["a", "b"]} -> {"type": "string"}', good: 'keep the enum and add values explicitly' },
    effect: 'widens',
  },
  (pair) => {
    if (!pair.old.enum || pair.new.enum) return;
    pair.emit({
      ruleId: 'enum-removed',
      effect: 'widens',
      message: `the list of ${pair.old.enum.length} allowed value(s) was removed`,
      hint: { candidates: ['', 'x', 'zz_unknown', 0, 1, true, null], side: 'new' },
    });
  },
);
