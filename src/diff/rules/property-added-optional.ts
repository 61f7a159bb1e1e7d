import { hasOwn, type JsonSchema } from '../engine/json.js';
import type { Effect } from '../../model/finding.js';
import { effectiveFor, isTrivial } from '../engine/content-model.js';
import { child, type NodePair } from '../engine/pair.js';
import { defineRule } from '../../rules/define.js';

const WHY = {
  closed:
    'the old object is closed (additionalProperties: false), so old consumers that validate reject events carrying it as an unknown property',
  open: 'the old object was open, so old events may already carry this key with a different shape',
  covered:
    'the old object already accepted this key through additionalProperties/patternProperties, with a different schema',
};

export const propertyAddedOptional = defineRule({
  id: 'property-added-optional',
  family: 'diff',
  scope: 'node',
  effect: 'widens',
  instanceType: 'object',
  docs: {
    summary:
      'An optional property was declared that the old schema did not declare; the effect depends on the old content model.',
    rationale:
      'Closed object: widens (old validating consumers reject the key). Open object: strict policy narrows (old events may carry the key with another type), lenient policy treats it as additive. Partially open: compared with the schema that covered the key before.',
    example: {
      bad: '{"additionalProperties": false, "properties": {"a": {}}} + optional "b"',
      good: 'add "b" to an open object under the lenient policy, or announce it before closing the object',
    },
  },
  check: (pair) => {
    for (const [name, schema] of Object.entries(pair.new.properties)) {
      if (hasOwn(pair.old.properties, name)) continue;
      if (pair.new.required.includes(name) && !pair.old.required.includes(name)) continue;
      report(pair, name, schema);
    }
  },
});

function report(pair: NodePair, name: string, schema: JsonSchema): void {
  const before = effectiveFor(pair.old, name);
  const at = child(pair.at, ['properties', name], ['properties', name], name);
  let effect: Effect;
  let why: string;
  if (before.via === 'closed') [effect, why] = [schema === false ? 'neutral' : 'widens', WHY.closed];
  else if (before.via === 'open')
    [effect, why] = [isTrivial(schema) || pair.policy === 'lenient' ? 'neutral' : 'narrows', WHY.open];
  else [effect, why] = [pair.probe(before.schema, schema, at), WHY.covered];
  if (effect === 'neutral' && before.via !== 'open') return;
  if (effect === 'neutral' && isTrivial(schema)) return;
  pair.emit({ effect, at, message: `optional property \`${name}\` added; ${why}` });
}
