import { own } from '../engine/json.js';
import { child } from '../engine/pair.js';
import { defineRule } from '../../rules/define.js';

/** `dependencies` with an array value (draft-04..07) is read as `dependentRequired` (2019-09+). */
export const dependentRequiredAdded = defineRule({
  id: 'dependent-required-added',
  family: 'diff',
  scope: 'node',
  effect: 'narrows',
  instanceType: 'object',
  docs: {
    summary: 'A dependentRequired (or array-form dependencies) entry now demands more members.',
    rationale:
      'Narrows the accepted set: old events with the trigger member but without the newly demanded ones are rejected (backward).',
    example: {
      bad: '{"dependentRequired": {"a": ["b"]}} -> {"a": ["b", "c"]}',
      good: 'keep the dependency list as it was',
    },
  },
  check: (pair) => {
    for (const [name, deps] of Object.entries(pair.new.dependentRequired)) {
      const before = new Set(own(pair.old.dependentRequired, name) ?? []);
      const added = deps.filter((d) => !before.has(d) && d !== name);
      if (added.length === 0) continue;
      const at = child(pair.at, [pair.old.dependentRequiredKey, name], [pair.new.dependentRequiredKey, name]);
      pair.emit({
        effect: 'narrows',
        at,
        message: `when \`${name}\` is present, ${added.map((d) => `\`${d}\``).join(', ')} must now be present too`,
      });
    }
  },
});
