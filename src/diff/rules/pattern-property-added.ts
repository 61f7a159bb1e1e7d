import { hasOwn } from '../engine/json.js';
import type { Effect } from '../../model/finding.js';
import { restModel } from '../engine/content-model.js';
import type { JsonSchema } from '../engine/json.js';
import { child, type NodePair } from '../engine/pair.js';
import { defineRule } from '../../rules/define.js';

export const patternPropertyAdded = defineRule({
  id: 'pattern-property-added',
  family: 'diff',
  scope: 'node',
  effect: 'widens',
  instanceType: 'object',
  docs: {
    summary: 'A patternProperties entry was added; members matching it were governed by additionalProperties before.',
    rationale:
      'Compared with the additionalProperties schema that covers the same members on the other side: closed -> widens, open -> narrows (strict) or neutral (lenient).',
    example: {
      bad: '{"additionalProperties": false} + "patternProperties": {"^x_": {}}',
      good: 'declare the members explicitly',
    },
  },
  check: (pair) => {
    for (const [pattern, schema] of Object.entries(pair.new.patternProperties)) {
      if (hasOwn(pair.old.patternProperties, pattern)) continue;
      const effect = effectOf(pair, schema);
      if (effect === 'neutral') continue;
      const at = child(pair.at, ['patternProperties', pattern], ['patternProperties', pattern], { pattern });
      pair.emit({
        effect,
        at,
        message: `patternProperties entry ${JSON.stringify(pattern)} added`,
      });
    }
  },
});

function effectOf(pair: NodePair, schema: JsonSchema): Effect {
  const model = restModel(pair.old);
  const rest = pair.old.additional ?? true;
  if (model === 'closed') return schema === false ? 'neutral' : 'widens';
  if (model === 'open') return pair.policy === 'lenient' ? 'neutral' : 'narrows';
  return pair.probe(rest, schema);
}
