import { countRule } from '../engine/rule-kit.js';

export const minItemsIncreased = countRule({
  id: 'min-items-increased',
  keyword: 'minItems',
  bound: 'min',
  moved: 'increased',
  instanceType: 'array',
  read: (n) => n.minItems,
  noun: '`minItems`',
  hint: (count) => ({ length: count }),
  summary: 'The minItems of an array went up: shorter arrays that were valid are now rejected.',
  rationale: 'Narrows the accepted set (backward-incompatible).',
  example: { bad: '{"minItems": 0} -> {"minItems": 1}', good: '{"minItems": 1} -> {"minItems": 0}' },
});
