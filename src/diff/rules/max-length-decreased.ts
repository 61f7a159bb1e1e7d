import { countRule } from '../engine/rule-kit.js';

export const maxLengthDecreased = countRule({
  id: 'max-length-decreased',
  keyword: 'maxLength',
  bound: 'max',
  moved: 'decreased',
  instanceType: 'string',
  read: (n) => n.maxLength,
  noun: '`maxLength`',
  hint: (count) => ({ length: count }),
  summary: 'The maxLength of a string went down (or was added): longer strings that were valid are now rejected.',
  rationale:
    'Narrows the accepted set; events written under the old schema with long values fail new consumers (backward).',
  example: { bad: '{"maxLength": 200} -> {"maxLength": 100}', good: '{"maxLength": 200} -> {"maxLength": 400}' },
});
