import { child } from '../engine/pair.js';
import { defineRule } from '../../rules/define.js';

/** An `if` without `then`/`else` validates nothing (2020-12 Core §10.2.2.1), so it is ignored. */
export const conditionalRemoved = defineRule({
  id: 'conditional-removed',
  family: 'diff',
  scope: 'node',
  effect: 'widens',
  docs: {
    summary: 'An if/then/else conditional was removed.',
    rationale: 'Dropping a conditional constraint widens the accepted set (forward-incompatible).',
    example: { bad: '{"if": {...}, "then": {...}} -> {}', good: 'keep conditionals stable across versions' },
  },
  check: (pair) => {
    const active = (n: typeof pair.old) => n.if !== undefined && (n.then !== undefined || n.else !== undefined);
    if (!active(pair.old) || active(pair.new)) return;
    pair.emit({
      effect: 'widens',
      at: child(pair.at, ['if']),
      onOld: true,
      message: 'if/then/else removed',
    });
  },
});
