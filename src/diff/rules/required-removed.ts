import { hasOwn } from '../engine/json.js';
import { child } from '../engine/pair.js';
import { defineRule } from '../../rules/define.js';

export const requiredRemoved = defineRule({
  id: 'required-removed',
  family: 'diff',
  scope: 'node',
  effect: 'widens',
  instanceType: 'object',
  docs: {
    summary: 'A property is no longer required.',
    rationale:
      'Widens the accepted set: old consumers that validate (or that read the field unconditionally) break on new events without it (forward).',
    example: {
      bad: '"required": ["a", "b"] -> ["a"]',
      good: 'keep sending "b"; make it optional only in a major version',
    },
  },
  check: (pair) => {
    for (const name of pair.old.required) {
      if (pair.new.required.includes(name)) continue;
      if (hasOwn(pair.old.properties, name) && !hasOwn(pair.new.properties, name)) continue; // property-removed reports it
      const declared = hasOwn(pair.new.properties, name);
      const at = declared
        ? child(pair.at, ['properties', name], ['properties', name], name)
        : { ...child(pair.at, ['required']), path: [...pair.at.path, name] };
      pair.emit({
        effect: 'widens',
        at,
        onOld: !declared,
        message: `property \`${name}\` is no longer required`,
      });
    }
  },
});
