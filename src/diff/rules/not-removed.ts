import { child } from '../engine/pair.js';
import { defineRule } from '../../rules/define.js';

export const notRemoved = defineRule({
  id: 'not-removed',
  family: 'diff',
  scope: 'node',
  effect: 'widens',
  docs: {
    summary: 'A `not` constraint was removed.',
    rationale: 'No longer excluding instances widens the accepted set (forward-incompatible).',
    example: { bad: '{"not": {"const": ""}} -> {}', good: 'decide on exclusions in the first version' },
  },
  check: (pair) => {
    if (pair.old.not === undefined || pair.new.not !== undefined) return;
    pair.emit({
      effect: 'widens',
      at: child(pair.at, ['not']),
      onOld: true,
      message: '`not` removed',
      hint: { candidates: [null, 0, '', 'x', true, {}, []] },
    });
  },
});
