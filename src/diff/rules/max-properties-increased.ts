import { countRule } from '../engine/rule-kit.js';

export const maxPropertiesIncreased = countRule({
  id: 'max-properties-increased',
  keyword: 'maxProperties',
  bound: 'max',
  moved: 'increased',
  instanceType: 'object',
  read: (n) => n.maxProperties,
  noun: '`maxProperties`',
  hint: (count) => ({ length: count }),
  summary: 'The maxProperties of an object went up (or was removed): objects with more members are now accepted.',
  rationale: 'Widens the accepted set (forward-incompatible).',
  example: {
    bad: '{"maxProperties": 10} -> {"maxProperties": 20}',
    good: '{"maxProperties": 10} -> {"maxProperties": 10}',
  },
});
