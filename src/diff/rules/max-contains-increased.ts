import { countRule } from '../engine/rule-kit.js';

export const maxContainsIncreased = countRule({
  id: 'max-contains-increased',
  keyword: 'maxContains',
  bound: 'max',
  moved: 'increased',
  instanceType: 'array',
  read: (n) => n.maxContains,
  noun: '`maxContains`',
  hint: (count) => ({ length: count }),
  summary: 'maxContains went up (or was removed): arrays with more matching elements are now accepted.',
  rationale: 'Widens the accepted set (forward-incompatible).',
  example: {
    bad: '{"contains": {...}, "maxContains": 2} -> {"maxContains": 5}',
    good: '{"maxContains": 2} -> {"maxContains": 2}',
  },
  applies: (pair) => pair.old.contains !== undefined && pair.new.contains !== undefined,
});
