import { countRule } from '../engine/rule-kit.js';

export const minContainsDecreased = countRule({
  id: 'min-contains-decreased',
  keyword: 'minContains',
  bound: 'min',
  moved: 'decreased',
  instanceType: 'array',
  read: (n) => n.minContains,
  noun: '`minContains`',
  hint: (count) => ({ length: count }),
  summary: 'minContains went down: arrays with fewer matching elements are now accepted.',
  rationale: 'Widens the accepted set (forward-incompatible).',
  example: {
    bad: '{"contains": {...}, "minContains": 2} -> {"minContains": 1}',
    good: '{"minContains": 1} -> {"minContains": 1}',
  },
  applies: (pair) => pair.old.contains !== undefined && pair.new.contains !== undefined,
});
