import { defineRule } from '../../rules/define.js';
import { quote } from '../engine/rule-kit.js';

/** JSON Schema 2020-12 Validation §7.2: evt treats `format` as an assertion, as ajv-formats does. */
export const formatRemoved = defineRule({
  id: 'format-removed',
  family: 'diff',
  scope: 'node',
  effect: 'widens',
  instanceType: 'string',
  docs: {
    summary: 'A `format` assertion was removed from a string.',
    rationale:
      'Widens the accepted set: old consumers that validate formats reject the new free-form values (forward).',
    example: { bad: '{"format": "email"} -> {}', good: 'introduce a new property with the new format' },
  },
  check: (pair) => {
    if (pair.old.format === undefined || pair.new.format !== undefined) return;
    pair.emit({
      effect: 'widens',
      message: `format ${quote(pair.old.format)} removed`,
      hint: { candidates: ['x', '2024-01-01', '2024-01-01T00:00:00Z', 'a@example.com', 'https://example.com'] },
    });
  },
});
