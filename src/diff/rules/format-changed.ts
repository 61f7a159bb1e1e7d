import { defineRule } from '../../rules/define.js';
import { quote } from '../engine/rule-kit.js';

/** JSON Schema 2020-12 Validation §7.2: evt treats `format` as an assertion, as ajv-formats does. */
export const formatChanged = defineRule({
  id: 'format-changed',
  family: 'diff',
  scope: 'node',
  effect: 'both',
  instanceType: 'string',
  docs: {
    summary: 'A string `format` was replaced by another.',
    rationale: 'Values valid for one format are usually invalid for the other: breaking both ways.',
    example: {
      bad: '{"format": "date-time"} -> {"format": "date"}',
      good: 'introduce a new property with the new format',
    },
  },
  check: (pair) => {
    if (pair.old.format === undefined || pair.new.format === undefined || pair.old.format === pair.new.format) return;
    pair.emit({
      effect: 'both',
      message: `format changed from ${quote(pair.old.format)} to ${quote(pair.new.format)}`,
      hint: { candidates: ['x', '2024-01-01', '2024-01-01T00:00:00Z', 'a@example.com', 'https://example.com'] },
    });
  },
});
