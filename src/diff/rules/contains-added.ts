import { child } from '../engine/pair.js';
import { defineRule } from '../../rules/define.js';

export const containsAdded = defineRule({
  id: 'contains-added',
  family: 'diff',
  scope: 'node',
  effect: 'narrows',
  instanceType: 'array',
  docs: {
    summary: 'A `contains` constraint was added: arrays must hold a matching element.',
    rationale: 'Narrows the accepted set: old arrays without a matching element are rejected (backward).',
    example: {
      bad: '{"type": "array"} -> {"contains": {"const": "x"}}',
      good: 'decide on contains in the first version',
    },
  },
  check: (pair) => {
    if (pair.old.contains !== undefined || pair.new.contains === undefined) return;
    pair.emit({
      effect: 'narrows',
      at: child(pair.at, ['contains']),
      message: '`contains` added',
      hint: { candidates: [[]] },
    });
  },
});
