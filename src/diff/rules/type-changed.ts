import { defineRule } from '../../rules/define.js';
import { describeTypes, uncovered } from '../engine/type-set.js';

export const typeChanged = defineRule({
  id: 'type-changed',
  family: 'diff',
  scope: 'node',
  effect: 'both',
  docs: {
    summary: 'The admitted JSON types changed in both directions (e.g. string became integer).',
    rationale: 'Neither version reads the other: old events fail new consumers and new events fail old consumers.',
    example: {
      bad: '{"type": "string", "format": "date-time"} -> {"type": "integer"}',
      good: 'add a new property with the new type and keep the old one',
    },
  },
  check: (pair) => {
    const lost = uncovered(pair.old.effectiveTypes, pair.new.effectiveTypes);
    const gained = uncovered(pair.new.effectiveTypes, pair.old.effectiveTypes);
    if (gained.length === 0 || lost.length === 0) return;
    pair.emit({
      effect: 'both',
      message: `type changed from ${describeTypes(pair.old.effectiveTypes)} to ${describeTypes(pair.new.effectiveTypes)}`,
    });
  },
});
