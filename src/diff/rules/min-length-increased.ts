import { countRule } from '../engine/rule-kit.js';

export const minLengthIncreased = countRule({
  id: 'min-length-increased',
  keyword: 'minLength',
  bound: 'min',
  moved: 'increased',
  instanceType: 'string',
  read: (n) => n.minLength,
  noun: '`minLength`',
  hint: (count) => ({ length: count }),
  summary: 'The minLength of a string went up: shorter strings that were valid are now rejected.',
  rationale:
    'Narrows the accepted set; events written under the old schema with short values fail new consumers (backward).',
  example: { bad: '{"minLength": 1} -> {"minLength": 3}', good: '{"minLength": 3} -> {"minLength": 1}' },
});
