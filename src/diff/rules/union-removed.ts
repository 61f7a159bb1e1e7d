import { child } from '../engine/pair.js';
import { defineRule } from '../../rules/define.js';

export const unionRemoved = defineRule({
  id: 'union-removed',
  family: 'diff',
  scope: 'node',
  effect: 'widens',
  docs: {
    summary: 'An anyOf/oneOf union was removed, leaving a schema with no other constraint.',
    rationale: 'Widens the accepted set: anything is valid now (forward-incompatible).',
    example: { bad: '{"oneOf": [A, B]} -> {}', good: 'start with the union in the first version' },
  },
  check: (pair) => {
    const union = pair.old.union;
    if (!union || pair.new.union) return;
    pair.emit({
      effect: 'widens',
      at: child(pair.at, [union.kind], []),
      onOld: true,
      message: `${union.kind} with ${union.branches.length} branches removed`,
      hint: { candidates: [null, 0, 'x', true, {}, []] },
    });
  },
});
