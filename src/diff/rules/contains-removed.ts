import { child } from '../engine/pair.js';
import { defineRule } from '../engine/rule-kit.js';

export default defineRule(
  {
    id: 'contains-removed',
    summary: 'A `contains` constraint was removed.',
    rationale: 'Widens the accepted set (forward-incompatible).',
    example: { bad: '{"contains": {"const": "x"}} -> {}', good: 'decide on contains in the first version' },
    effect: 'widens',
  },
  (pair) => {
    if (pair.old.contains === undefined || pair.new.contains !== undefined) return;
    pair.emit({
      ruleId: 'contains-removed',
      effect: 'widens',
      at: child(pair.at, ['contains']),
      onOld: true,
      message: '`contains` removed',
      hint: { candidates: [[]] },
    });
  },
  'array',
);
