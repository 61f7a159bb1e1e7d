import { child } from '../engine/pair.js';
import { defineRule } from '../engine/rule-kit.js';

export default defineRule(
  {
    id: 'not-removed',
    summary: 'A `not` constraint was removed.',
    rationale: 'No longer excluding instances widens the accepted set (forward-incompatible).',
    example: { bad: '{"not": {"const": ""}} -> {}', good: 'decide on exclusions in the first version' },
    effect: 'widens',
  },
  (pair) => {
    if (pair.old.not === undefined || pair.new.not !== undefined) return;
    pair.emit({
      ruleId: 'not-removed',
      effect: 'widens',
      at: child(pair.at, ['not']),
      onOld: true,
      message: '`not` removed',
      hint: { candidates: [null, 0, '', 'x', true, {}, []] },
    });
  },
);
