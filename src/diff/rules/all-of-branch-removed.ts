import { pairBranches } from '../engine/branches.js';
import { child } from '../engine/pair.js';
import { defineRule } from '../../rules/define.js';

/** Only branches that could not be merged into the parent reach here (see normalize.ts). */
export const allOfBranchRemoved = defineRule({
  id: 'all-of-branch-removed',
  family: 'diff',
  scope: 'node',
  effect: 'widens',
  docs: {
    summary: 'An allOf branch was removed.',
    rationale: 'One constraint fewer widens the accepted set (forward-incompatible).',
    example: { bad: '{"allOf": [A, B]} -> {"allOf": [A]}', good: 'keep the branch list stable' },
  },
  check: (pair) => {
    const { old: o, new: n } = pair;
    if (o.allOf.length === 0 && n.allOf.length === 0) return;
    const pairing = pairBranches(pair, 'allOf');
    for (const position of pairing.removed) {
      const origin = pair.old.allOfOrigin[position];
      const index = origin !== undefined && origin >= 0 ? origin : position;
      const at = child(pair.at, ['allOf', index], []);
      pair.emit({
        effect: 'widens',
        at,
        onOld: true,
        message: `allOf branch ${index} removed`,
        hint: { candidates: [null, 0, 'x', {}, []] },
      });
    }
  },
});
