import { child } from '../engine/pair.js';
import { defineRule } from '../engine/rule-kit.js';

export default defineRule(
  {
    id: 'tuple-item-removed',
    summary: 'A tuple position was removed; compared with what the new schema allows at that position.',
    rationale:
      'New rest closed (false): narrows (old arrays that long are rejected). New rest open: widens. New rest a schema: the two schemas are compared.',
    example: {
      bad: '{"prefixItems": [{}, {"type": "number"}], "items": false} -> one slot',
      good: 'keep the slot, or open the rest',
    },
    effect: 'both',
  },
  (pair) => {
    const { old: o, new: n } = pair;
    for (let i = n.prefixItems.length; i < o.prefixItems.length; i++) {
      const at = child(pair.at, [o.prefixKey, i], [n.itemsKey], i);
      const effect = pair.probe(o.prefixItems[i], n.items ?? true, at);
      if (effect === 'neutral') continue;
      pair.emit({
        ruleId: 'tuple-item-removed',
        effect,
        at,
        onOld: true,
        message: `tuple position ${i} removed (now covered by \`${n.itemsKey}\`)`,
      });
    }
  },
  'array',
);
