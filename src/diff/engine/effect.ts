import type { Effect } from '../../model/finding.js';

/** Union of two effects: narrowing somewhere and widening elsewhere is `both`. */
export function combineEffects(a: Effect, b: Effect): Effect {
  if (a === b || b === 'neutral') return a;
  if (a === 'neutral') return b;
  return 'both';
}

/** Under `not` (JSON Schema 2020-12 Core §10.2.1.4) a narrowing of the operand widens the whole. */
export function invertEffect(effect: Effect): Effect {
  if (effect === 'narrows') return 'widens';
  if (effect === 'widens') return 'narrows';
  return effect;
}
