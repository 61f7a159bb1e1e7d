import { countRule } from '../engine/rule-kit.js';

export const minLengthDecreased = countRule({
  id: 'min-length-decreased',
  keyword: 'minLength',
  bound: 'min',
  moved: 'decreased',
  instanceType: 'string',
  read: (n) => n.minLength,
  noun: '`minLength`',
  hint: (count) => ({ length: count }),
  summary: 'The minLength of a string went down (or was removed): shorter strings are now accepted.',
  rationale: 'Widens the accepted set; old consumers that validate reject the new short values (forward).',
  example: { bad: '{"minLength": 3} -> {"minLength": 1}', good: '{"minLength": 3} -> {"minLength": 3}' },
});
