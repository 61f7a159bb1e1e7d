import { child } from '../engine/pair.js';
import { defineRule } from '../../rules/define.js';

export const unionAdded = defineRule({
  id: 'union-added',
  family: 'diff',
  scope: 'node',
  effect: 'narrows',
  docs: {
    summary: 'An anyOf/oneOf union was added to a schema that had no other constraint.',
    rationale: 'Narrows the accepted set: anything was valid before (backward-incompatible).',
    example: { bad: '{} -> {"oneOf": [A, B]}', good: 'start with the union in the first version' },
  },
  check: (pair) => {
    const union = pair.new.union;
    if (!union || pair.old.union) return;
    pair.emit({
      effect: 'narrows',
      at: child(pair.at, [], [union.kind]),
      message: `${union.kind} with ${union.branches.length} branches added`,
      hint: { candidates: [null, 0, 'x', true, {}, []] },
    });
  },
});
