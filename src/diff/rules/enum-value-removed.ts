import { canonical } from '../engine/json.js';
import { defineRule } from '../../rules/define.js';
import { quote } from '../engine/rule-kit.js';

export const enumValueRemoved = defineRule({
  id: 'enum-value-removed',
  family: 'diff',
  scope: 'node',
  effect: 'narrows',
  docs: {
    summary: 'An allowed value was removed from an enum (or a const changed).',
    rationale: 'Narrows the accepted set: events written with the removed value fail new consumers (backward).',
    example: {
      bad: '{"enum": ["a", "b", "c"]} -> {"enum": ["a", "b"]}',
      good: 'deprecate the value in the description and keep it',
    },
  },
  check: (pair) => {
    if (!pair.old.enum || !pair.new.enum) return;
    const after = new Set(pair.new.enum.map(canonical));
    const removed = pair.old.enum.filter((v) => !after.has(canonical(v)));
    if (removed.length === 0) return;
    pair.emit({
      effect: 'narrows',
      message: `enum value${removed.length > 1 ? 's' : ''} ${removed.map(quote).join(', ')} removed`,
      hint: { candidates: removed, side: 'old' },
    });
  },
});
