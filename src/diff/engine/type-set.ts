/** JSON instance types (2020-12 Validation §6.1.1) as a set where `number` includes `integer`. */
export type JsonType = 'null' | 'boolean' | 'object' | 'array' | 'number' | 'integer' | 'string';

const ALL_TYPES: readonly JsonType[] = ['null', 'boolean', 'object', 'array', 'number', 'string'];

/** A set of admitted types; `undefined` means every type. */
export type TypeSet = readonly JsonType[] | undefined;

export function admits(types: TypeSet, type: JsonType): boolean {
  if (!types) return true;
  return types.includes(type) || (type === 'integer' && types.includes('number'));
}

export function typeOfValue(value: unknown): JsonType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value as JsonType;
}

/** Types in `a` that `b` does not admit. */
export function uncovered(a: TypeSet, b: TypeSet): JsonType[] {
  return (a ?? ALL_TYPES).filter((t) => !admits(b, t));
}

export function parseTypes(value: unknown): TypeSet {
  if (typeof value === 'string') return [value as JsonType];
  if (Array.isArray(value)) return [...new Set(value as JsonType[])].sort();
  return undefined;
}

export function intersectTypes(a: TypeSet, b: TypeSet): TypeSet {
  if (!a) return b;
  if (!b) return a;
  const out = new Set<JsonType>();
  for (const t of a) if (admits(b, t)) out.add(t);
  for (const t of b) if (admits(a, t)) out.add(t);
  return [...out].sort();
}

export function describeTypes(types: TypeSet): string {
  return types ? types.join(' | ') : 'any';
}
