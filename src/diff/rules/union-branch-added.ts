import { pairBranches } from '../engine/branches.js';
import { child } from '../engine/pair.js';
import { defineRule } from '../../rules/define.js';

export const unionBranchAdded = defineRule({
  id: 'union-branch-added',
  family: 'diff',
  scope: 'node',
  effect: 'widens',
  docs: {
    summary: 'A branch was added to an anyOf/oneOf union (a plain schema turning into a union counts too).',
    rationale:
      'Widens the accepted set. Additive by convention, but old consumers that validate, or switch exhaustively over variants, reject the new variant (forward).',
    example: {
      bad: '{"oneOf": [A, B]} -> {"oneOf": [A, B, C]}',
      good: 'announce the variant; consumers must ignore unknown variants',
    },
  },
  check: (pair) => {
    const { old: o, new: n } = pair;
    if (!o.union || !n.union) return;
    for (const j of pairBranches(pair, 'union').added) {
      const at = child(pair.at, [], [n.union.kind, j]);
      pair.emit({
        effect: 'widens',
        additiveByConvention: true,
        at,
        message: `${n.union.kind} branch ${j} added`,
        hint: { side: 'new' },
      });
    }
  },
});
