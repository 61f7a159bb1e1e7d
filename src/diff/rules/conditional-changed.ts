import { deepEqual } from '../engine/json.js';
import { child } from '../engine/pair.js';
import { defineRule } from '../../rules/define.js';

/**
 * A different `if` re-partitions the instances between `then` and `else`; evt does not decide how,
 * so the change counts both ways. With the same `if`, `then` and `else` are compared in place.
 */
export const conditionalChanged = defineRule({
  id: 'conditional-changed',
  family: 'diff',
  scope: 'node',
  effect: 'both',
  docs: {
    summary: 'The condition (`if`) of an if/then/else changed.',
    rationale: 'Instances move between the then and else branches; treat it as breaking both ways.',
    example: {
      bad: '{"if": {"properties": {"kind": {"const": "a"}}}} -> {"if": {... "b"}}',
      good: 'add a new conditional instead of rewriting the condition',
    },
  },
  check: (pair) => {
    const { old: o, new: n } = pair;
    if (o.if === undefined || n.if === undefined || deepEqual(o.if, n.if)) return;
    if ((o.then ?? o.else) === undefined || (n.then ?? n.else) === undefined) return;
    pair.emit({
      effect: 'both',
      at: child(pair.at, ['if']),
      message: 'the `if` condition changed',
    });
  },
});
