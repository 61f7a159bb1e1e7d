import { effectivePattern } from '../engine/pattern-util.js';
import { defineRule } from '../../rules/define.js';
import { quote } from '../engine/rule-kit.js';

export const patternAdded = defineRule({
  id: 'pattern-added',
  family: 'diff',
  scope: 'node',
  effect: 'narrows',
  instanceType: 'string',
  docs: {
    summary: 'A regular-expression pattern was added to a string.',
    rationale: 'Narrows the accepted set: old events whose value does not match fail new consumers (backward).',
    example: {
      bad: '{"type": "string"} -> {"type": "string", "pattern": "^[a-z]+$"}',
      good: 'validate the format in the producer and document it',
    },
  },
  check: (pair) => {
    const before = effectivePattern(pair.old.pattern);
    const after = effectivePattern(pair.new.pattern);
    if (before !== undefined || after === undefined) return;
    pair.emit({
      effect: 'narrows',
      message: `pattern ${quote(after)} added`,
      hint: { candidates: [' x ', 'A b', '', '#'] },
    });
  },
});
