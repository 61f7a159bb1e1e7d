/** Small JSON helpers shared by the walker, the rules and the witness builder. */

export type JsonSchema = boolean | SchemaObject;
export interface SchemaObject {
  [keyword: string]: unknown;
}

export function isObject(value: unknown): value is SchemaObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isSchema(value: unknown): value is JsonSchema {
  return typeof value === 'boolean' || isObject(value);
}

/*
 * Schema keys (property names, `$defs` names, `dependentRequired` keys, patterns) are author data:
 * "constructor", "toString" or "__proto__" must never reach Object.prototype. Look them up with
 * these helpers, keep them in {@link dict}s, and store them with {@link setOwn}.
 */

/** Whether `key` is an own member of `record` (never an inherited one like `constructor`). */
export function hasOwn(record: object, key: string | number): boolean {
  return Object.hasOwn(record, key);
}

/** The own member `key` of `record`, or undefined (never an inherited value). */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Stores `value` as an own, enumerable member, even under the key `__proto__`. */
export function setOwn(record: object, key: string | number, value: unknown): void {
  Object.defineProperty(record, key, { value, writable: true, enumerable: true, configurable: true });
}

/** A record without a prototype, for lookups by schema keys; built from `entries` when given. */
export function dict<T>(entries: Iterable<readonly [string, T]> = []): Record<string, T> {
  const out = Object.create(null) as Record<string, T>;
  for (const [key, value] of entries) out[key] = value;
  return out;
}

const canonicalCache = new WeakMap<object, string>();

/** Key-order-independent serialisation, cached per object (schemas are compared many times). */
export function canonical(value: unknown): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value) ?? 'undefined';
  const hit = canonicalCache.get(value);
  if (hit !== undefined) return hit;
  const text = Array.isArray(value)
    ? `[${value.map(canonical).join(',')}]`
    : `{${Object.keys(value)
        .sort()
        .map((k) => `${JSON.stringify(k)}:${canonical((value as SchemaObject)[k])}`)
        .join(',')}}`;
  canonicalCache.set(value, text);
  return text;
}

export function deepEqual(a: unknown, b: unknown): boolean {
  return a === b || canonical(a) === canonical(b);
}

export function clone<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}
