import { effectivePattern } from '../engine/pattern-util.js';
import { defineRule } from '../../rules/define.js';
import { quote } from '../engine/rule-kit.js';

export const patternRemoved = defineRule({
  id: 'pattern-removed',
  family: 'diff',
  scope: 'node',
  effect: 'widens',
  instanceType: 'string',
  docs: {
    summary: 'A string pattern was removed.',
    rationale:
      'Widens the accepted set: old consumers that validate reject values the old pattern did not match (forward).',
    example: {
      bad: '{"pattern": "^[a-z]+$"} -> {}',
      good: 'relax the pattern in a way old consumers accept only if they ignore validation',
    },
  },
  check: (pair) => {
    const before = effectivePattern(pair.old.pattern);
    const after = effectivePattern(pair.new.pattern);
    if (before === undefined || after !== undefined) return;
    pair.emit({
      effect: 'widens',
      message: `pattern ${quote(before)} removed`,
      hint: { candidates: [' x ', 'A b', '', '#'] },
    });
  },
});
