import { child } from '../engine/pair.js';
import { defineRule } from '../../rules/define.js';

export const tupleItemRemoved = defineRule({
  id: 'tuple-item-removed',
  family: 'diff',
  scope: 'node',
  effect: 'both',
  instanceType: 'array',
  docs: {
    summary: 'A tuple position was removed; compared with what the new schema allows at that position.',
    rationale:
      'New rest closed (false): narrows (old arrays that long are rejected). New rest open: widens. New rest a schema: the two schemas are compared.',
    example: {
      bad: '{"prefixItems": [{}, {"type": "number"}], "items": false} -> one slot',
      good: 'keep the slot, or open the rest',
    },
  },
  check: (pair) => {
    const { old: o, new: n } = pair;
    for (const [i, slot] of o.prefixItems.entries()) {
      if (i < n.prefixItems.length) continue; // a shared slot: descendTuple walks it
      const at = child(pair.at, [o.prefixKey, i], [n.itemsKey], i);
      const effect = pair.probe(slot, n.items ?? true, at);
      if (effect === 'neutral') continue;
      pair.emit({
        effect,
        at,
        onOld: true,
        message: `tuple position ${i} removed (now covered by \`${n.itemsKey}\`)`,
      });
    }
  },
});
