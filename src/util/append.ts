/**
 * `target.push(...items)` passes every item as an argument, on the stack: past about 120,000 items
 * (one version pair that removes that many properties) the call stack overflows. Findings, notes
 * and skipped files are unbounded, so they are appended one by one.
 */
export function appendAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** The largest of `values`, or `floor` when there are none, without spreading them as arguments. */
export function maxOf(values: Iterable<number>, floor: number): number {
  let max = floor;
  for (const value of values) if (value > max) max = value;
  return max;
}
