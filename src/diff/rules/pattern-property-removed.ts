import { hasOwn } from '../engine/json.js';
import type { Effect } from '../../model/finding.js';
import { restModel } from '../engine/content-model.js';
import type { JsonSchema } from '../engine/json.js';
import { child, type NodePair } from '../engine/pair.js';
import { defineRule } from '../../rules/define.js';

export const patternPropertyRemoved = defineRule({
  id: 'pattern-property-removed',
  family: 'diff',
  scope: 'node',
  effect: 'narrows',
  instanceType: 'object',
  docs: {
    summary: 'A patternProperties entry was removed; members matching it are governed by additionalProperties now.',
    rationale:
      'Compared with the additionalProperties schema that covers the same members on the other side: closed -> narrows, open -> widens.',
    example: { bad: 'drop "^x_" from a closed object', good: 'declare the members explicitly' },
  },
  check: (pair) => {
    for (const [pattern, schema] of Object.entries(pair.old.patternProperties)) {
      if (hasOwn(pair.new.patternProperties, pattern)) continue;
      const effect = effectOf(pair, schema);
      if (effect === 'neutral') continue;
      const at = child(pair.at, ['patternProperties', pattern], ['patternProperties', pattern], { pattern });
      pair.emit({
        effect,
        at,
        onOld: true,
        message: `patternProperties entry ${JSON.stringify(pattern)} removed`,
      });
    }
  },
});

function effectOf(pair: NodePair, schema: JsonSchema): Effect {
  const model = restModel(pair.new);
  const rest = pair.new.additional ?? true;
  if (model === 'closed') return schema === false ? 'neutral' : 'narrows';
  if (model === 'open') return 'widens';
  return pair.probe(schema, rest);
}
