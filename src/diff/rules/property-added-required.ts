import { hasOwn } from '../engine/json.js';
import { combineEffects } from '../engine/effect.js';
import { effectiveFor, hasDefault } from '../engine/content-model.js';
import { child } from '../engine/pair.js';
import { defineRule } from '../../rules/define.js';

export const propertyAddedRequired = defineRule({
  id: 'property-added-required',
  family: 'diff',
  scope: 'node',
  effect: 'narrows',
  instanceType: 'object',
  docs: {
    summary: 'A new property was added and made required.',
    rationale:
      'Events written under the old schema lack it, so new consumers reject them (backward). If the old object was closed, old consumers that validate also reject new events carrying it (forward).',
    example: {
      bad: 'add "reason_code" to "required" in v2',
      good: 'add it as optional (with a documented default) first; require it in the next major version',
    },
  },
  check: (pair) => {
    for (const [name, schema] of Object.entries(pair.new.properties)) {
      if (hasOwn(pair.old.properties, name) || pair.old.required.includes(name) || !pair.new.required.includes(name))
        continue;
      if (hasDefault(schema)) continue; // required-added-with-default reports it
      const before = effectiveFor(pair.old, name);
      const at = child(pair.at, ['properties', name], ['properties', name], name);
      const widening =
        before.via === 'closed' ? 'widens' : before.via === 'open' ? 'neutral' : pair.probe(before.schema, schema, at);
      const closedNote =
        before.via === 'closed'
          ? `; and because the old object is closed (additionalProperties: false), old consumers that validate reject new events carrying \`${name}\` as an unknown property`
          : '';
      pair.emit({
        effect: combineEffects('narrows', widening === 'narrows' ? 'neutral' : widening),
        at,
        message: `required property \`${name}\` added: events written under the old schema lack it, so new consumers reject them${closedNote}`,
      });
    }
  },
});
