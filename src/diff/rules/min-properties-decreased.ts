import { countRule } from '../engine/rule-kit.js';

export const minPropertiesDecreased = countRule({
  id: 'min-properties-decreased',
  keyword: 'minProperties',
  bound: 'min',
  moved: 'decreased',
  instanceType: 'object',
  read: (n) => n.minProperties,
  noun: '`minProperties`',
  hint: (count) => ({ length: count }),
  summary: 'The minProperties of an object went down (or was removed): objects with fewer members are now accepted.',
  rationale: 'Widens the accepted set (forward-incompatible).',
  example: {
    bad: '{"minProperties": 2} -> {"minProperties": 1}',
    good: '{"minProperties": 1} -> {"minProperties": 1}',
  },
});
