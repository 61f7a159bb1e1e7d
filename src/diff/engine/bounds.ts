import type { Bound } from './norm.js';

/**
 * Orders numeric bounds by how much they let through: -1 when `a` admits less than `b`.
 * A missing lower bound is -infinity, a missing upper bound +infinity; at equal values an
 * exclusive bound admits less (draft-04 §5.1.2-5.1.3 boolean form and the draft-06+ numeric form).
 */
export function compareLower(a: Bound | undefined, b: Bound | undefined): number {
  const av = a?.value ?? -Infinity;
  const bv = b?.value ?? -Infinity;
  if (av !== bv) return av > bv ? -1 : 1;
  return Number(b?.exclusive ?? false) - Number(a?.exclusive ?? false);
}

export function compareUpper(a: Bound | undefined, b: Bound | undefined): number {
  const av = a?.value ?? Infinity;
  const bv = b?.value ?? Infinity;
  if (av !== bv) return av < bv ? -1 : 1;
  return Number(b?.exclusive ?? false) - Number(a?.exclusive ?? false);
}

export function showBound(bound: Bound | undefined, side: 'lower' | 'upper'): string {
  if (!bound) return 'none';
  const op = side === 'lower' ? (bound.exclusive ? '>' : '>=') : bound.exclusive ? '<' : '<=';
  return `${op} ${bound.value}`;
}

/** Numbers near a bound worth trying as witness values (integers first: they fit integer types too). */
export function valuesNear(bound: Bound | undefined): number[] {
  if (!bound) return [];
  const v = bound.value;
  return [Math.floor(v), Math.ceil(v), v, Math.floor(v) - 1, Math.ceil(v) + 1, v - 0.5, v + 0.5];
}
