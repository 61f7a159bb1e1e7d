import { defineRule } from '../engine/rule-kit.js';

/** The `false` schema (or an unsatisfiable one, e.g. `allOf` of disjoint types) accepts nothing. */
export default defineRule(
  {
    id: 'false-schema-added',
    summary: 'A subschema now accepts nothing (false, or contradictory constraints).',
    rationale: 'Narrows the accepted set: any old value at this location is rejected (backward).',
    example: { bad: '{"items": {"type": "string"}} -> {"items": false}', good: 'keep the location stable' },
    effect: 'narrows',
  },
  (pair) => {
    if (!pair.old.satisfiable || pair.new.satisfiable) return;
    pair.emit({
      ruleId: 'false-schema-added',
      effect: 'narrows',
      message: 'this location now accepts no value',
      hint: { side: 'old' },
    });
  },
);
