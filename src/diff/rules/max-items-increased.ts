import { countRule } from '../engine/rule-kit.js';

export const maxItemsIncreased = countRule({
  id: 'max-items-increased',
  keyword: 'maxItems',
  bound: 'max',
  moved: 'increased',
  instanceType: 'array',
  read: (n) => n.maxItems,
  noun: '`maxItems`',
  hint: (count) => ({ length: count }),
  summary: 'The maxItems of an array went up (or was removed): longer arrays are now accepted.',
  rationale: 'Widens the accepted set (forward-incompatible).',
  example: { bad: '{"maxItems": 10} -> {"maxItems": 50}', good: '{"maxItems": 10} -> {"maxItems": 10}' },
});
