import { pairBranches } from '../engine/branches.js';
import { child } from '../engine/pair.js';
import { defineRule } from '../../rules/define.js';

/** Only branches that could not be merged into the parent reach here (see normalize.ts). */
export const allOfBranchAdded = defineRule({
  id: 'all-of-branch-added',
  family: 'diff',
  scope: 'node',
  effect: 'narrows',
  docs: {
    summary: 'An allOf branch was added.',
    rationale: 'Every allOf branch must hold, so another one narrows the accepted set (backward-incompatible).',
    example: { bad: '{"allOf": [A]} -> {"allOf": [A, B]}', good: 'keep the branch list stable' },
  },
  check: (pair) => {
    const { old: o, new: n } = pair;
    if (o.allOf.length === 0 && n.allOf.length === 0) return;
    const pairing = pairBranches(pair, 'allOf');
    for (const position of pairing.added) {
      const origin = pair.new.allOfOrigin[position];
      const index = origin !== undefined && origin >= 0 ? origin : position;
      const at = child(pair.at, [], ['allOf', index]);
      pair.emit({
        effect: 'narrows',
        at,
        message: `allOf branch ${index} added`,
        hint: { candidates: [null, 0, 'x', {}, []] },
      });
    }
  },
});
