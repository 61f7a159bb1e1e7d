import { countRule } from '../engine/rule-kit.js';

export const maxLengthIncreased = countRule({
  id: 'max-length-increased',
  keyword: 'maxLength',
  bound: 'max',
  moved: 'increased',
  instanceType: 'string',
  read: (n) => n.maxLength,
  noun: '`maxLength`',
  hint: (count) => ({ length: count }),
  summary: 'The maxLength of a string went up (or was removed): longer strings are now accepted.',
  rationale: 'Widens the accepted set; old consumers with the tighter limit reject new long values (forward).',
  example: { bad: '{"maxLength": 100} -> {"maxLength": 200}', good: '{"maxLength": 100} -> {"maxLength": 100}' },
});
