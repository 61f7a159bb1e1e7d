import { defineRule } from '../../rules/define.js';

export const enumRemoved = defineRule({
  id: 'enum-removed',
  family: 'diff',
  scope: 'node',
  effect: 'widens',
  docs: {
    summary: 'An enum or const was dropped: any value of the type is accepted now.',
    rationale: 'Widens the accepted set: old consumers reject values outside the old list (forward).',
    example: { bad: '{"enum": ["a", "b"]} -> {"type": "string"}', good: 'keep the enum and add values explicitly' },
  },
  check: (pair) => {
    if (!pair.old.enum || pair.new.enum) return;
    pair.emit({
      effect: 'widens',
      message: `the list of ${pair.old.enum.length} allowed value(s) was removed`,
      hint: { candidates: ['', 'x', 'zz_unknown', 0, 1, true, null], side: 'new' },
    });
  },
});
