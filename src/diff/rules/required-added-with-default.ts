import { hasOwn } from '../engine/json.js';
import { combineEffects } from '../engine/effect.js';
import { effectiveFor, hasDefault } from '../engine/content-model.js';
import { child } from '../engine/pair.js';
import { defineRule } from '../../rules/define.js';

/**
 * Where the tools disagree (COMPATIBILITY.md): Confluent accepts a new required property that has a
 * `default`; oasdiff calls it breaking. By set semantics `default` is an annotation (2020-12
 * Validation §9.2), so events without the property are rejected: evt reports it as narrowing, under
 * its own id so a team that fills defaults on read can turn it off.
 */
export const requiredAddedWithDefault = defineRule({
  id: 'required-added-with-default',
  family: 'diff',
  scope: 'node',
  effect: 'narrows',
  instanceType: 'object',
  docs: {
    summary: 'A property became required (or was added as required) and declares a `default`.',
    rationale:
      'A default does not make validators accept a missing property; only readers that fill defaults are safe. Set it to "off" in config if all your consumers fill defaults.',
    example: {
      bad: '"required": ["a"] -> ["a", "b"] with "b": {"default": 0}',
      good: 'keep "b" optional; consumers apply the default when it is absent',
    },
  },
  check: (pair) => {
    for (const name of pair.new.required) {
      if (pair.old.required.includes(name) || !hasDefault(pair.new.properties[name])) continue;
      const at = child(pair.at, ['properties', name], ['properties', name], name);
      const added = !hasOwn(pair.old.properties, name);
      const widening = added && effectiveFor(pair.old, name).via === 'closed' ? 'widens' : 'neutral';
      pair.emit({
        effect: combineEffects('narrows', widening),
        at,
        message: `property \`${name}\` is now required (it declares a default, but validators do not apply defaults)`,
      });
    }
  },
});
