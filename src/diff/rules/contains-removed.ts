import { child } from '../engine/pair.js';
import { defineRule } from '../../rules/define.js';

export const containsRemoved = defineRule({
  id: 'contains-removed',
  family: 'diff',
  scope: 'node',
  effect: 'widens',
  instanceType: 'array',
  docs: {
    summary: 'A `contains` constraint was removed.',
    rationale: 'Widens the accepted set (forward-incompatible).',
    example: { bad: '{"contains": {"const": "x"}} -> {}', good: 'decide on contains in the first version' },
  },
  check: (pair) => {
    if (pair.old.contains === undefined || pair.new.contains !== undefined) return;
    pair.emit({
      effect: 'widens',
      at: child(pair.at, ['contains']),
      onOld: true,
      message: '`contains` removed',
      hint: { candidates: [[]] },
    });
  },
});
