import { child } from '../engine/pair.js';
import { defineRule } from '../engine/rule-kit.js';

export default defineRule(
  {
    id: 'union-removed',
    summary: 'An anyOf/oneOf union was removed, leaving a schema with no other constraint.',
    rationale: 'Widens the accepted set: anything is valid now (forward-incompatible).',
    example: { bad: '{"oneOf": [A, B]} -> {}', good: 'start with the union in the first version' },
    effect: 'widens',
  },
  (pair) => {
    const union = pair.old.union;
    if (!union || pair.new.union) return;
    pair.emit({
      ruleId: 'union-removed',
      effect: 'widens',
      at: child(pair.at, [union.kind], []),
      onOld: true,
      message: `${union.kind} with ${union.branches.length} branches removed`,
      hint: { candidates: [null, 0, 'x', true, {}, []] },
    });
  },
);
