import { pairwiseDisjoint } from '../engine/branches.js';
import { defineRule } from '../../rules/define.js';

/**
 * `oneOf` rejects instances matching several branches (2020-12 Core §10.2.1.3), `anyOf` accepts
 * them. Switching between the two changes the accepted set only when branches can overlap.
 */
export const unionExclusivityChanged = defineRule({
  id: 'union-exclusivity-changed',
  family: 'diff',
  scope: 'node',
  effect: 'both',
  docs: {
    summary: 'A union switched between anyOf and oneOf while its branches can overlap.',
    rationale: 'anyOf -> oneOf narrows (instances matching two branches are rejected now); oneOf -> anyOf widens.',
    example: {
      bad: '{"anyOf": [{"type": "number"}, {"minimum": 0}]} -> {"oneOf": [...]}',
      good: 'make the branches disjoint (a const discriminator) before switching',
    },
  },
  check: (pair) => {
    const { old: o, new: n } = pair;
    if (!o.union || !n.union || o.union.kind === n.union.kind) return;
    const side = n.union.kind === 'oneOf' ? 'new' : 'old';
    const union = side === 'new' ? n.union : o.union;
    if (pairwiseDisjoint(pair, side, union.branches)) return;
    const effect = n.union.kind === 'oneOf' ? 'narrows' : 'widens';
    pair.emit({
      effect,
      message: `${o.union.kind} became ${n.union.kind} and its branches can overlap`,
    });
  },
});
