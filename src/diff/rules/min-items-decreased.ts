import { countRule } from '../engine/rule-kit.js';

export const minItemsDecreased = countRule({
  id: 'min-items-decreased',
  keyword: 'minItems',
  bound: 'min',
  moved: 'decreased',
  instanceType: 'array',
  read: (n) => n.minItems,
  noun: '`minItems`',
  hint: (count) => ({ length: count }),
  summary: 'The minItems of an array went down (or was removed): shorter arrays are now accepted.',
  rationale: 'Widens the accepted set (forward-incompatible).',
  example: { bad: '{"minItems": 2} -> {"minItems": 1}', good: '{"minItems": 1} -> {"minItems": 1}' },
});
