import { effectivePattern } from '../engine/pattern-util.js';
import { defineRule } from '../../rules/define.js';
import { quote } from '../engine/rule-kit.js';

/**
 * Regex inclusion is not decided (it is PSPACE-hard in general); a changed pattern is reported as
 * moving both ways, and the witness builder shows a concrete string when it finds one.
 */
export const patternChanged = defineRule({
  id: 'pattern-changed',
  family: 'diff',
  scope: 'node',
  effect: 'both',
  instanceType: 'string',
  docs: {
    summary: 'A string pattern was replaced by a different one.',
    rationale:
      'The accepted strings change in ways evt does not prove one-directional; treat it as breaking both ways unless the witness says otherwise.',
    example: {
      bad: '{"pattern": "^[A-Za-z]+$"} -> {"pattern": "^[a-z]+$"}',
      good: 'add a new property with the new pattern',
    },
  },
  check: (pair) => {
    const before = effectivePattern(pair.old.pattern);
    const after = effectivePattern(pair.new.pattern);
    if (before === undefined || after === undefined || before === after) return;
    pair.emit({
      effect: 'both',
      message: `pattern changed from ${quote(before)} to ${quote(after)}`,
      hint: { candidates: ['A', 'a', 'Z9', ' x ', 'A-b'] },
    });
  },
});
