import type { Effect } from '../../model/finding.js';
import { defineRule } from '../../rules/define.js';

/** True when every multiple of `a` is a multiple of `b` (a/b is an integer), tolerant of float noise. */
function divides(b: number, a: number): boolean {
  const ratio = a / b;
  return Math.abs(ratio - Math.round(ratio)) < 1e-9;
}

function effectOf(before: number | undefined, after: number | undefined): Effect {
  if (before === undefined) return 'narrows';
  if (after === undefined || divides(after, before)) return 'widens';
  return divides(before, after) ? 'narrows' : 'both';
}

export const multipleOfChanged = defineRule({
  id: 'multiple-of-changed',
  family: 'diff',
  scope: 'node',
  effect: 'both',
  instanceType: 'number',
  docs: {
    summary:
      '`multipleOf` was added, removed or changed; the effect follows divisibility (10 -> 2 widens, 2 -> 10 narrows, 10 -> 3 both).',
    rationale:
      'Multiples of 10 are multiples of 2, so relaxing the step keeps old values valid; any other change rejects some old values.',
    example: { bad: '{"multipleOf": 2} -> {"multipleOf": 10}', good: '{"multipleOf": 10} -> {"multipleOf": 2}' },
  },
  check: (pair) => {
    const before = pair.old.multipleOf;
    const after = pair.new.multipleOf;
    if (before === after) return;
    const effect = effectOf(before, after);
    const step = [before, after].filter((v): v is number => v !== undefined);
    pair.emit({
      effect,
      message: `multipleOf changed from ${before ?? 'none'} to ${after ?? 'none'}`,
      hint: { candidates: [...step, ...step.map((s) => s * 3), 1, 0.5, 7] },
    });
  },
});
