import { hasOwn, type JsonSchema } from '../engine/json.js';
import type { Effect } from '../../model/finding.js';
import { combineEffects } from '../engine/effect.js';
import { effectiveFor, isTrivial } from '../engine/content-model.js';
import { child, type NodePair } from '../engine/pair.js';
import { defineRule } from '../../rules/define.js';

export const propertyRemoved = defineRule({
  id: 'property-removed',
  family: 'diff',
  scope: 'node',
  effect: 'narrows',
  instanceType: 'object',
  docs: {
    summary: 'A declared property was removed; the effect depends on the new content model.',
    rationale:
      'Closed object: events that carry the property are rejected now (narrows). Open object: the key is unconstrained now (widens), and consumers that read it get nothing. A removed required property also lets events without it through (widens).',
    example: {
      bad: 'drop "note" from a closed object',
      good: 'deprecate it ("deprecated": true) and stop sending it first',
    },
  },
  check: (pair) => {
    for (const [name, schema] of Object.entries(pair.old.properties)) {
      if (!hasOwn(pair.new.properties, name)) report(pair, name, schema);
    }
  },
});

function report(pair: NodePair, name: string, schema: JsonSchema): void {
  const after = effectiveFor(pair.new, name);
  const at = child(pair.at, ['properties', name], ['properties', name], name);
  let effect: Effect;
  if (after.via === 'closed') effect = schema === false ? 'neutral' : 'narrows';
  else if (after.via === 'open') effect = isTrivial(schema) ? 'neutral' : 'widens';
  else effect = pair.probe(schema, after.schema, at);
  const wasRequired = pair.old.required.includes(name) && !pair.new.required.includes(name);
  if (wasRequired) effect = combineEffects(effect, 'widens');
  if (effect === 'neutral') return;
  const how =
    after.via === 'closed'
      ? 'the object is closed, so events that still carry it are rejected'
      : after.via === 'open'
        ? 'the key is now unconstrained'
        : 'the key now falls under additionalProperties/patternProperties';
  pair.emit({
    effect,
    at,
    onOld: true,
    message: `property \`${name}\`${wasRequired ? ' (required)' : ''} removed; ${how}`,
  });
}
