import { defineRule } from '../../rules/define.js';
import { quote } from '../engine/rule-kit.js';

/** JSON Schema 2020-12 Validation §7.2: evt treats `format` as an assertion, as ajv-formats does. */
export const formatAdded = defineRule({
  id: 'format-added',
  family: 'diff',
  scope: 'node',
  effect: 'narrows',
  instanceType: 'string',
  docs: {
    summary: 'A `format` assertion was added to a string.',
    rationale:
      'Narrows the accepted set when formats are validated (evt validates them, as ajv-formats does): old events with free-form values fail new consumers.',
    example: {
      bad: '{"type": "string"} -> {"type": "string", "format": "email"}',
      good: 'introduce a new property with the new format',
    },
  },
  check: (pair) => {
    if (pair.old.format !== undefined || pair.new.format === undefined) return;
    pair.emit({
      effect: 'narrows',
      message: `format ${quote(pair.new.format)} added`,
      hint: { candidates: ['x', '2024-01-01', '2024-01-01T00:00:00Z', 'a@example.com', 'https://example.com'] },
    });
  },
});
