import { isTrivial } from '../engine/content-model.js';
import { child } from '../engine/pair.js';
import { defineRule } from '../../rules/define.js';

export const additionalPropertiesWidened = defineRule({
  id: 'additional-properties-widened',
  family: 'diff',
  scope: 'node',
  effect: 'widens',
  instanceType: 'object',
  docs: {
    summary: 'A closed or partially open object now accepts any undeclared member.',
    rationale:
      'Widens the accepted set: old consumers that validate reject new events carrying members they do not know (forward).',
    example: { bad: '{"additionalProperties": false} -> {}', good: 'declare the new members explicitly' },
  },
  check: (pair) => {
    if (isTrivial(pair.old.additional) || !isTrivial(pair.new.additional)) return;
    const at = child(pair.at, [pair.old.additionalKey], [pair.new.additionalKey], { additional: true });
    pair.emit({
      effect: 'widens',
      at,
      onOld: true,
      message: 'undeclared members are now accepted without constraint',
      hint: { candidates: ['x', 1, null, { a: 1 }], side: 'new' },
    });
  },
});
