import { child } from '../engine/pair.js';
import { defineRule } from '../../rules/define.js';

export const notAdded = defineRule({
  id: 'not-added',
  family: 'diff',
  scope: 'node',
  effect: 'narrows',
  docs: {
    summary: 'A `not` constraint was added.',
    rationale: 'Excluding instances narrows the accepted set (backward-incompatible).',
    example: {
      bad: '{"type": "string"} -> {"type": "string", "not": {"const": ""}}',
      good: 'decide on exclusions in the first version',
    },
  },
  check: (pair) => {
    if (pair.old.not !== undefined || pair.new.not === undefined) return;
    pair.emit({
      effect: 'narrows',
      at: child(pair.at, ['not']),
      message: '`not` added',
      hint: { candidates: [null, 0, '', 'x', true, {}, []] },
    });
  },
});
