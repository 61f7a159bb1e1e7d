import { own } from '../engine/json.js';
import { child } from '../engine/pair.js';
import { defineRule } from '../../rules/define.js';

export const dependentRequiredRemoved = defineRule({
  id: 'dependent-required-removed',
  family: 'diff',
  scope: 'node',
  effect: 'widens',
  instanceType: 'object',
  docs: {
    summary: 'A dependentRequired (or array-form dependencies) entry demands fewer members.',
    rationale:
      'Widens the accepted set: old consumers that validate reject new events lacking the dropped members (forward).',
    example: { bad: '{"dependentRequired": {"a": ["b"]}} -> {}', good: 'keep the dependency' },
  },
  check: (pair) => {
    for (const [name, deps] of Object.entries(pair.old.dependentRequired)) {
      const after = new Set(own(pair.new.dependentRequired, name) ?? []);
      const removed = deps.filter((d) => !after.has(d) && d !== name);
      if (removed.length === 0) continue;
      const at = child(pair.at, [pair.old.dependentRequiredKey, name], [pair.new.dependentRequiredKey, name]);
      pair.emit({
        effect: 'widens',
        at,
        onOld: true,
        message: `\`${name}\` no longer demands ${removed.map((d) => `\`${d}\``).join(', ')}`,
      });
    }
  },
});
