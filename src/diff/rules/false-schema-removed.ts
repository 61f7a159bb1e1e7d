import { defineRule } from '../../rules/define.js';

/** The `false` schema (or an unsatisfiable one, e.g. `allOf` of disjoint types) accepts nothing. */
export const falseSchemaRemoved = defineRule({
  id: 'false-schema-removed',
  family: 'diff',
  scope: 'node',
  effect: 'widens',
  docs: {
    summary: 'A subschema that accepted nothing (false, or contradictory constraints) now accepts values.',
    rationale: 'Widens the accepted set: old consumers reject every new value at this location (forward).',
    example: { bad: '{"items": false} -> {"items": {"type": "string"}}', good: 'keep the location stable' },
  },
  check: (pair) => {
    if (pair.old.satisfiable || !pair.new.satisfiable) return;
    pair.emit({
      effect: 'widens',
      message: 'this location accepted no value before and now does',
      hint: { side: 'new' },
    });
  },
});
