import { child } from '../engine/pair.js';
import { defineRule } from '../engine/rule-kit.js';

/** An `if` without `then`/`else` validates nothing (2020-12 Core §10.2.2.1), so it is ignored. */
export default defineRule(
  {
    id: 'conditional-removed',
    summary: 'An if/then/else conditional was removed.',
    rationale: 'Dropping a conditional constraint widens the accepted set (forward-incompatible).',
    example: { bad: '{"if": {...}, "then": {...}} -> {}', good: 'keep conditionals stable across versions' },
    effect: 'widens',
  },
  (pair) => {
    const active = (n: typeof pair.old) => n.if !== undefined && (n.then !== undefined || n.else !== undefined);
    if (!active(pair.old) || active(pair.new)) return;
    pair.emit({
      ruleId: 'conditional-removed',
      effect: 'widens',
      at: child(pair.at, ['if']),
      onOld: true,
      message: 'if/then/else removed',
    });
  },
);
