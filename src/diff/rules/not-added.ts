import { child } from '../engine/pair.js';
import { defineRule } from '../engine/rule-kit.js';

export default defineRule(
  {
    id: 'not-added',
    summary: 'A `not` constraint was added.',
    rationale: 'Excluding instances narrows the accepted set (backward-incompatible).',
    example: {
      bad: '{"type": "string"} -> {"type": "string", "not": {"const": ""}}',
      good: 'decide on exclusions in the first version',
    },
    effect: 'narrows',
  },
  (pair) => {
    if (pair.old.not !== undefined || pair.new.not === undefined) return;
    pair.emit({
      ruleId: 'not-added',
      effect: 'narrows',
      at: child(pair.at, ['not']),
      message: '`not` added',
      hint: { candidates: [null, 0, '', 'x', true, {}, []] },
    });
  },
);
