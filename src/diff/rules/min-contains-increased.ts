import { countRule } from '../engine/rule-kit.js';

export const minContainsIncreased = countRule({
  id: 'min-contains-increased',
  keyword: 'minContains',
  bound: 'min',
  moved: 'increased',
  instanceType: 'array',
  read: (n) => n.minContains,
  noun: '`minContains`',
  hint: (count) => ({ length: count }),
  summary: 'minContains went up: arrays with fewer matching elements are now rejected.',
  rationale:
    'Narrows the accepted set (backward-incompatible). Only meaningful next to contains (2020-12 Validation §6.4.5).',
  example: {
    bad: '{"contains": {...}, "minContains": 1} -> {"minContains": 2}',
    good: '{"minContains": 2} -> {"minContains": 1}',
  },
  applies: (pair) => pair.old.contains !== undefined && pair.new.contains !== undefined,
});
