import { isTrivial } from '../engine/content-model.js';
import { child } from '../engine/pair.js';
import { defineRule } from '../../rules/define.js';

/**
 * Closing an open object (or constraining its unknown members). Under the lenient policy evt, like
 * Confluent's LENIENT mode, assumes events never carried undeclared members, so this is neutral.
 */
export const additionalPropertiesNarrowed = defineRule({
  id: 'additional-properties-narrowed',
  family: 'diff',
  scope: 'node',
  effect: 'narrows',
  instanceType: 'object',
  docs: {
    summary:
      'An open object was closed or its unknown members were constrained (additionalProperties/unevaluatedProperties added).',
    rationale:
      'Strict policy: old events may carry undeclared members, which new consumers now reject (backward). Lenient policy: neutral.',
    example: { bad: '{} -> {"additionalProperties": false}', good: 'close objects in the first version' },
  },
  check: (pair) => {
    if (!isTrivial(pair.old.additional) || isTrivial(pair.new.additional)) return;
    const at = child(pair.at, [pair.old.additionalKey], [pair.new.additionalKey], { additional: true });
    const what = pair.new.additional === false ? 'the object was closed' : 'undeclared members must now match a schema';
    pair.emit({
      effect: pair.policy === 'lenient' ? 'neutral' : 'narrows',
      at,
      message: `${what}: events with other members are rejected${pair.policy === 'lenient' ? ' (neutral under the lenient policy)' : ''}`,
      hint: { candidates: ['x', 1, null, { a: 1 }] },
    });
  },
});
