import { child } from '../engine/pair.js';
import { defineRule } from '../../rules/define.js';

/**
 * A longer tuple prefix (`prefixItems`, or array-form `items` before 2020-12). The new slot is
 * compared with the schema the old version applied at that position: its `items`/`additionalItems`.
 */
export const tupleItemAdded = defineRule({
  id: 'tuple-item-added',
  family: 'diff',
  scope: 'node',
  effect: 'both',
  instanceType: 'array',
  docs: {
    summary: 'A tuple position was added; compared with what the old schema allowed at that position.',
    rationale:
      'Old rest closed (false): widens. Old rest open: narrows (old arrays may hold anything there). Old rest a schema: the two schemas are compared.',
    example: {
      bad: '{"prefixItems": [{}], "items": {"type": "string"}} -> slot 1 {"type": "number"}',
      good: 'a new slot that matches the old rest schema',
    },
  },
  check: (pair) => {
    const { old: o, new: n } = pair;
    for (const [i, slot] of n.prefixItems.entries()) {
      if (i < o.prefixItems.length) continue; // a shared slot: descendTuple walks it
      const at = child(pair.at, [o.itemsKey], [n.prefixKey, i], i);
      const effect = pair.probe(o.items ?? true, slot, at);
      if (effect === 'neutral') continue;
      pair.emit({
        effect,
        at,
        message: `tuple position ${i} added (was covered by \`${o.itemsKey}\`)`,
      });
    }
  },
});
