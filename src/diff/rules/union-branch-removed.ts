import { pairBranches } from '../engine/branches.js';
import { child } from '../engine/pair.js';
import { defineRule } from '../../rules/define.js';

export const unionBranchRemoved = defineRule({
  id: 'union-branch-removed',
  family: 'diff',
  scope: 'node',
  effect: 'narrows',
  docs: {
    summary: 'A branch was removed from an anyOf/oneOf union (a union collapsing to a plain schema counts too).',
    rationale: 'Narrows the accepted set: old events of the removed variant are rejected by new consumers (backward).',
    example: {
      bad: '{"oneOf": [A, B, C]} -> {"oneOf": [A, B]}',
      good: 'deprecate the variant and stop producing it before removing it',
    },
  },
  check: (pair) => {
    const { old: o, new: n } = pair;
    if (!o.union || !n.union) return;
    for (const i of pairBranches(pair, 'union').removed) {
      const at = child(pair.at, [o.union.kind, i], []);
      pair.emit({
        effect: 'narrows',
        at,
        onOld: true,
        message: `${o.union.kind} branch ${i} removed`,
        hint: { side: 'old' },
      });
    }
  },
});
