import { countRule } from '../engine/rule-kit.js';

export default countRule({
  id: 'min-items-increased',
  keyword: 'minItems',
  bound: 'min',
  moved: 'increased',
  family: 'array',
  read: (n) => n.minItems,
  noun: '`minItems`',
  hint: (count) => ({ length: count }),
  summary: 'The minItems of an array went up: shorter arrays that were valid are now rejected.',
  rationale: 'Narrows the accepted set (backward-incompatible).',
  example: { bad: '{"minItems": 0} -> {"minItems": 1}', good: '{"minItems": 1} -> {"minItems": 0}' },
});
