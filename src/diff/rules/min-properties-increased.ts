import { countRule } from '../engine/rule-kit.js';

export const minPropertiesIncreased = countRule({
  id: 'min-properties-increased',
  keyword: 'minProperties',
  bound: 'min',
  moved: 'increased',
  instanceType: 'object',
  read: (n) => n.minProperties,
  noun: '`minProperties`',
  hint: (count) => ({ length: count }),
  summary: 'The minProperties of an object went up: objects with fewer members are now rejected.',
  rationale: 'Narrows the accepted set (backward-incompatible).',
  example: {
    bad: '{"minProperties": 1} -> {"minProperties": 2}',
    good: '{"minProperties": 2} -> {"minProperties": 1}',
  },
});
