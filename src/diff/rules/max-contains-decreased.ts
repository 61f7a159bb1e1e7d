import { countRule } from '../engine/rule-kit.js';

export const maxContainsDecreased = countRule({
  id: 'max-contains-decreased',
  keyword: 'maxContains',
  bound: 'max',
  moved: 'decreased',
  instanceType: 'array',
  read: (n) => n.maxContains,
  noun: '`maxContains`',
  hint: (count) => ({ length: count }),
  summary: 'maxContains went down (or was added): arrays with more matching elements are now rejected.',
  rationale: 'Narrows the accepted set (backward-incompatible).',
  example: {
    bad: '{"contains": {...}, "maxContains": 5} -> {"maxContains": 2}',
    good: '{"maxContains": 2} -> {"maxContains": 5}',
  },
  applies: (pair) => pair.old.contains !== undefined && pair.new.contains !== undefined,
});
