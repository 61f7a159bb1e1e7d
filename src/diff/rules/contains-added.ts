import { child } from '../engine/pair.js';
import { defineRule } from '../engine/rule-kit.js';

export default defineRule(
  {
    id: 'contains-added',
    summary: 'A `contains` constraint was added: arrays must hold a matching element.',
    rationale: 'Narrows the accepted set: old arrays without a matching element are rejected (backward).',
    example: {
      bad: '{"type": "array"} -> {"contains": {"const": "x"}}',
      good: 'decide on contains in the first version',
    },
    effect: 'narrows',
  },
  (pair) => {
    if (pair.old.contains !== undefined || pair.new.contains === undefined) return;
    pair.emit({
      ruleId: 'contains-added',
      effect: 'narrows',
      at: child(pair.at, ['contains']),
      message: '`contains` added',
      hint: { candidates: [[]] },
    });
  },
  'array',
);
