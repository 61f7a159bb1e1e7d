import { defineRule } from '../../rules/define.js';

/** The `false` schema (or an unsatisfiable one, e.g. `allOf` of disjoint types) accepts nothing. */
export const falseSchemaAdded = defineRule({
  id: 'false-schema-added',
  family: 'diff',
  scope: 'node',
  effect: 'narrows',
  docs: {
    summary: 'A subschema now accepts nothing (false, or contradictory constraints).',
    rationale: 'Narrows the accepted set: any old value at this location is rejected (backward).',
    example: { bad: '{"items": {"type": "string"}} -> {"items": false}', good: 'keep the location stable' },
  },
  check: (pair) => {
    if (!pair.old.satisfiable || pair.new.satisfiable) return;
    pair.emit({
      effect: 'narrows',
      message: 'this location now accepts no value',
      hint: { side: 'old' },
    });
  },
});
