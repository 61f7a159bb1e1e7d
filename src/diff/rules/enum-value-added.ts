import { canonical } from '../engine/json.js';
import { defineRule } from '../../rules/define.js';
import { quote } from '../engine/rule-kit.js';

/** `const` is read as a one-value `enum` (2020-12 Validation §6.1.3). */
export const enumValueAdded = defineRule({
  id: 'enum-value-added',
  family: 'diff',
  scope: 'node',
  effect: 'widens',
  docs: {
    summary: 'An allowed value was added to an enum (or const became an enum).',
    rationale:
      'Widens the accepted set. Additive by convention, but consumers with exhaustive switches or validating old schemas reject the new value (forward).',
    example: {
      bad: '{"enum": ["a", "b"]} -> {"enum": ["a", "b", "c"]}',
      good: 'document that consumers must ignore unknown values, then add',
    },
  },
  check: (pair) => {
    if (!pair.old.enum || !pair.new.enum) return;
    const before = new Set(pair.old.enum.map(canonical));
    const added = pair.new.enum.filter((v) => !before.has(canonical(v)));
    if (added.length === 0) return;
    pair.emit({
      effect: 'widens',
      additiveByConvention: true,
      message: `enum value${added.length > 1 ? 's' : ''} ${added.map(quote).join(', ')} added`,
      hint: { candidates: added, side: 'new' },
    });
  },
});
