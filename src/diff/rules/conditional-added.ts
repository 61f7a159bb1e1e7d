import { child } from '../engine/pair.js';
import { defineRule } from '../../rules/define.js';

/** An `if` without `then`/`else` validates nothing (2020-12 Core §10.2.2.1), so it is ignored. */
export const conditionalAdded = defineRule({
  id: 'conditional-added',
  family: 'diff',
  scope: 'node',
  effect: 'narrows',
  docs: {
    summary: 'An if/then/else conditional was added.',
    rationale: 'A new conditional constraint narrows the accepted set (backward-incompatible).',
    example: {
      bad: '{} -> {"if": {...}, "then": {"required": ["x"]}}',
      good: 'keep conditionals stable across versions',
    },
  },
  check: (pair) => {
    const active = (n: typeof pair.old) => n.if !== undefined && (n.then !== undefined || n.else !== undefined);
    if (active(pair.old) || !active(pair.new)) return;
    pair.emit({
      effect: 'narrows',
      at: child(pair.at, ['if']),
      message: 'if/then/else added',
    });
  },
});
