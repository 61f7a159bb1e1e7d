import { canonical, deepEqual, hasOwn, isObject, setOwn, type JsonSchema, type SchemaObject } from './json.js';
import { intersectTypes, parseTypes } from './type-set.js';

const TAKE_MAX = new Set(['minimum', 'minLength', 'minItems', 'minProperties', 'minContains']);
const TAKE_MIN = new Set(['maximum', 'maxLength', 'maxItems', 'maxProperties', 'maxContains']);
/** Keywords whose meaning depends on sibling `properties`/`patternProperties` (2020-12 Core §10.3.2.3). */
const OBJECT_REST = ['additionalProperties', 'unevaluatedProperties', 'patternProperties', 'properties'];
const ARRAY_REST = ['items', 'additionalItems', 'prefixItems', 'unevaluatedItems'];

/**
 * Conjunction of two schemas as one schema (`allOf: [a, b]` flattened), or `undefined` when the
 * keywords interact in a way a plain merge would change the meaning (e.g. `additionalProperties`
 * next to the other branch's `properties`). Used to normalise `allOf` and single-branch unions.
 */
export function mergeSchemas(a: JsonSchema, b: JsonSchema): JsonSchema | undefined {
  if (a === false || b === false) return false;
  if (a === true) return b;
  if (b === true) return a;
  if (interacts(a, b, OBJECT_REST) || interacts(a, b, ARRAY_REST)) return undefined;
  const out: SchemaObject = { ...a };
  for (const [key, value] of Object.entries(b)) {
    if (!hasOwn(out, key) || deepEqual(out[key], value)) {
      setOwn(out, key, value);
      continue;
    }
    const merged = mergeKeyword(key, out[key], value);
    if (merged === undefined) return undefined;
    setOwn(out, key, merged);
  }
  return out;
}

function interacts(a: SchemaObject, b: SchemaObject, group: string[]): boolean {
  const inA = group.filter((k) => hasOwn(a, k));
  const inB = group.filter((k) => hasOwn(b, k));
  if (inA.length === 0 || inB.length === 0) return false;
  const onlyProps = (ks: string[]) => ks.every((k) => k === 'properties' || k === 'prefixItems');
  return !(onlyProps(inA) && onlyProps(inB) && !(hasOwn(a, 'prefixItems') && hasOwn(b, 'prefixItems')));
}

function mergeKeyword(key: string, a: unknown, b: unknown): unknown {
  if (TAKE_MAX.has(key) && typeof a === 'number' && typeof b === 'number') return Math.max(a, b);
  if (TAKE_MIN.has(key) && typeof a === 'number' && typeof b === 'number') return Math.min(a, b);
  if (key === 'type') return intersectTypes(parseTypes(a), parseTypes(b)) ?? [];
  if (key === 'required' && Array.isArray(a) && Array.isArray(b)) return [...new Set([...a, ...b])];
  if (key === 'enum' && Array.isArray(a) && Array.isArray(b)) {
    const keep = new Set(b.map(canonical));
    return a.filter((v) => keep.has(canonical(v)));
  }
  if (key === 'properties' && isObject(a) && isObject(b)) return mergeProperties(a, b);
  if (key === 'title' || key === 'description' || key === '$comment' || key === 'examples') return a;
  return undefined;
}

function mergeProperties(a: SchemaObject, b: SchemaObject): SchemaObject {
  const out: SchemaObject = { ...a };
  for (const [name, schema] of Object.entries(b)) {
    setOwn(out, name, hasOwn(out, name) && !deepEqual(out[name], schema) ? { allOf: [out[name], schema] } : schema);
  }
  return out;
}
