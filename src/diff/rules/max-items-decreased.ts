import { countRule } from '../engine/rule-kit.js';

export const maxItemsDecreased = countRule({
  id: 'max-items-decreased',
  keyword: 'maxItems',
  bound: 'max',
  moved: 'decreased',
  instanceType: 'array',
  read: (n) => n.maxItems,
  noun: '`maxItems`',
  hint: (count) => ({ length: count }),
  summary: 'The maxItems of an array went down (or was added): longer arrays that were valid are now rejected.',
  rationale: 'Narrows the accepted set (backward-incompatible).',
  example: { bad: '{"maxItems": 50} -> {"maxItems": 10}', good: '{"maxItems": 10} -> {"maxItems": 50}' },
});
