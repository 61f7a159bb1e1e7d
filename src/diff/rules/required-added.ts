import { hasOwn } from '../engine/json.js';
import { hasDefault } from '../engine/content-model.js';
import { child } from '../engine/pair.js';
import { defineRule } from '../../rules/define.js';

export const requiredAdded = defineRule({
  id: 'required-added',
  family: 'diff',
  scope: 'node',
  effect: 'narrows',
  instanceType: 'object',
  docs: {
    summary: 'An existing (or undeclared) property became required.',
    rationale:
      'Events written under the old schema without the property are rejected by new consumers (backward). Unlike Confluent, evt also checks names that `properties` does not declare.',
    example: {
      bad: '"required": ["a"] -> "required": ["a", "b"]',
      good: 'keep "b" optional and document when producers send it',
    },
  },
  check: (pair) => {
    for (const name of pair.new.required) {
      if (pair.old.required.includes(name)) continue;
      const declared = hasOwn(pair.new.properties, name);
      if (declared && !hasOwn(pair.old.properties, name)) continue; // property-added-required reports it
      if (declared && hasDefault(pair.new.properties[name])) continue; // required-added-with-default
      const at = declared
        ? child(pair.at, ['properties', name], ['properties', name], name)
        : { ...child(pair.at, ['required']), path: [...pair.at.path, name] };
      pair.emit({
        effect: 'narrows',
        at,
        message: `property \`${name}\` is now required: events without it are rejected`,
      });
    }
  },
});
