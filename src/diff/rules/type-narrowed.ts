import { defineRule } from '../../rules/define.js';
import { describeTypes, uncovered } from '../engine/type-set.js';

/** `integer` counts as a subset of `number` (2020-12 Validation §6.1.1). */
export const typeNarrowed = defineRule({
  id: 'type-narrowed',
  family: 'diff',
  scope: 'node',
  effect: 'narrows',
  docs: {
    summary:
      'The set of admitted JSON types shrank (a type was dropped, number became integer, or a type was added where any was allowed).',
    rationale:
      'Events written under the old schema may carry a value of the dropped type; new consumers reject them (backward).',
    example: {
      bad: '{"type": ["string", "null"]} -> {"type": "string"}',
      good: '{"type": "string"} -> {"type": ["string", "null"]}',
    },
  },
  check: (pair) => {
    const lost = uncovered(pair.old.effectiveTypes, pair.new.effectiveTypes);
    const gained = uncovered(pair.new.effectiveTypes, pair.old.effectiveTypes);
    if (lost.length === 0 || gained.length > 0) return;
    pair.emit({
      effect: 'narrows',
      message: `type narrowed from ${describeTypes(pair.old.effectiveTypes)} to ${describeTypes(pair.new.effectiveTypes)} (no longer accepts ${lost.join(', ')})`,
    });
  },
});
