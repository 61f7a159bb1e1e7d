import { defineRule } from '../../rules/define.js';
import { quote } from '../engine/rule-kit.js';

export const enumAdded = defineRule({
  id: 'enum-added',
  family: 'diff',
  scope: 'node',
  effect: 'narrows',
  docs: {
    summary: 'An enum or const was added where any value of the type was allowed.',
    rationale: 'Narrows the accepted set: old events with any other value fail new consumers (backward).',
    example: {
      bad: '{"type": "string"} -> {"type": "string", "enum": ["a", "b"]}',
      good: 'add the enum in a new property or a new major version',
    },
  },
  check: (pair) => {
    if (pair.old.enum || !pair.new.enum) return;
    pair.emit({
      effect: 'narrows',
      message: `values restricted to ${pair.new.enum.slice(0, 5).map(quote).join(', ')}${pair.new.enum.length > 5 ? ', ...' : ''}`,
      hint: { candidates: ['', 'x', 0, 1, true, null], side: 'old' },
    });
  },
});
