import { countRule } from '../engine/rule-kit.js';

export const maxPropertiesDecreased = countRule({
  id: 'max-properties-decreased',
  keyword: 'maxProperties',
  bound: 'max',
  moved: 'decreased',
  instanceType: 'object',
  read: (n) => n.maxProperties,
  noun: '`maxProperties`',
  hint: (count) => ({ length: count }),
  summary: 'The maxProperties of an object went down (or was added): objects with more members are now rejected.',
  rationale: 'Narrows the accepted set (backward-incompatible).',
  example: {
    bad: '{"maxProperties": 20} -> {"maxProperties": 10}',
    good: '{"maxProperties": 10} -> {"maxProperties": 20}',
  },
});
