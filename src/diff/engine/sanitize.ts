import { isObject, isSchema, setOwn, type JsonSchema, type SchemaObject } from './json.js';

/** Keywords whose value is one subschema (2020-12 Core §10, Validation §8.2.4; draft-04..07 forms). */
const SINGLE = new Set([
  'additionalProperties',
  'unevaluatedProperties',
  'propertyNames',
  'additionalItems',
  'unevaluatedItems',
  'contains',
  'not',
  'if',
  'then',
  'else',
  'contentSchema',
  'items',
]);
/** Keywords whose value is an array of subschemas where only membership matters. */
const BRANCHES = new Set(['allOf', 'anyOf', 'oneOf']);
/** Keywords whose value is an array of subschemas by position (`items` in its draft-04..07 tuple form too). */
const TUPLE = new Set(['prefixItems', 'items']);
/** Keywords whose value maps names to subschemas (`dependencies` values may also be name lists). */
const MAP = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas', 'dependencies']);

/** Marks a member to leave out of the sanitised copy. */
const ABSENT = Symbol('absent');

const cache = new WeakMap<object, JsonSchema>();

/**
 * The one place the diff engine decides what a malformed subschema means: a subschema position
 * (a keyword like `additionalProperties` or `not`, a `properties` member, an `anyOf` branch...)
 * holding neither an object nor a boolean, like `additionalProperties: no` read from a YAML 1.1 file
 * as the string "no", reads as if it were not there: the keyword, member or branch is left out (a
 * tuple slot, whose position matters, becomes `true`). A document that is not a schema at all is the
 * `true` schema. Such documents are meta-invalid and lint says so (schema-meta-valid); the diff
 * reads past the bad value instead of failing. Everything downstream (walker, rules, sampler) may
 * assume every subschema is an object or a boolean. ajv still sees the document as written, so
 * witnesses are only ever verified against what the author wrote.
 *
 * Copy-on-write: objects without a malformed subschema are returned as they are (same identity),
 * so a well-formed document costs one read-only pass. Cached per document.
 */
export function asSchemaDocument(value: unknown): JsonSchema {
  if (!isSchema(value)) return true;
  if (typeof value === 'boolean') return value;
  const hit = cache.get(value);
  if (hit !== undefined) return hit;
  const result = new WellFormedCheck().schema(value) ? value : new Sanitizer().schema(value);
  cache.set(value, result);
  if (isObject(result)) cache.set(result, result);
  return result;
}

/**
 * Nearly every document is well formed, and the Sanitizer, which copies as it reads, costs about a
 * third of a repo diff on the bench repo. This reads the same positions the same way without
 * allocating and says whether the Sanitizer would return the document unchanged. It gives up (false,
 * so the Sanitizer decides) on what only the Sanitizer's memo handles well: a nesting deeper than
 * GIVE_UP_DEPTH (which a cycle reaches) or more than GIVE_UP_NODES nodes (YAML aliases can repeat one
 * object many times).
 */
class WellFormedCheck {
  private nodes = 0;

  schema(value: JsonSchema, depth = 0): boolean {
    if (typeof value === 'boolean') return true;
    if (++this.nodes > GIVE_UP_NODES || depth > GIVE_UP_DEPTH) return false;
    for (const key in value) if (Object.hasOwn(value, key) && !this.keyword(key, value[key], depth + 1)) return false;
    return true;
  }

  /** Mirrors Sanitizer.keyword: whether it would keep `value` as it is. */
  private keyword(key: string, value: unknown, depth: number): boolean {
    if (TUPLE.has(key) && Array.isArray(value)) return value.every((v) => isSchema(v) && this.schema(v, depth));
    if (SINGLE.has(key)) return isSchema(value) && this.schema(value, depth);
    if (BRANCHES.has(key)) return !Array.isArray(value) || value.every((v) => isSchema(v) && this.schema(v, depth));
    if (MAP.has(key) && isObject(value)) {
      for (const name in value) {
        if (!Object.hasOwn(value, name)) continue;
        const v = value[name];
        if (key === 'dependencies' && Array.isArray(v)) continue;
        if (!isSchema(v) || !this.schema(v, depth)) return false;
      }
    }
    return true;
  }
}

const GIVE_UP_DEPTH = 500;
const GIVE_UP_NODES = 200_000;

class Sanitizer {
  /** Results per role (an object shared through YAML aliases may be both a schema and a map). */
  private readonly done = new Map<string, Map<object, unknown>>();
  private readonly active = new Set<object>();

  schema(value: JsonSchema): JsonSchema {
    return typeof value === 'boolean'
      ? value
      : (this.node('schema', value, (key, v) => this.keyword(key, v)) as SchemaObject);
  }

  /** A subschema position whose absence is the natural reading of a malformed value. */
  private optional(value: unknown): unknown {
    return isSchema(value) ? this.schema(value) : ABSENT;
  }

  /** The value under a keyword of a schema object. */
  private keyword(key: string, value: unknown): unknown {
    if (TUPLE.has(key) && Array.isArray(value))
      return this.node('tuple', value, (_i, v) => (isSchema(v) ? this.schema(v) : true));
    if (SINGLE.has(key)) return this.optional(value);
    if (BRANCHES.has(key)) {
      if (!Array.isArray(value)) return value;
      const branches = this.node('branches', value, (_i, v) => this.optional(v)) as unknown[];
      return branches.length === 0 && value.length > 0 ? ABSENT : branches;
    }
    if (MAP.has(key) && isObject(value)) {
      // array-form `dependencies` (draft-04..07) list member names, not schemas: kept as they are
      return this.node(`map ${key === 'dependencies'}`, value, (_name, v) =>
        key === 'dependencies' && Array.isArray(v) ? v : this.optional(v),
      );
    }
    // Data (`enum`, `default`...), unknown keywords and malformed containers (`properties: 5`, which
    // readers already type-check) are left as they are. A `$ref` into an unknown keyword
    // (`#/x-shared/a`) gets its target read through asSchemaDocument by the Resolver.
    return value;
  }

  /** Maps the members of an object or array, copying it only when a member changed or is left out. */
  private node(role: string, value: object, member: (key: string, v: unknown) => unknown): unknown {
    let done = this.done.get(role);
    if (!done) this.done.set(role, (done = new Map()));
    const seen = done.get(value);
    if (seen !== undefined) return seen;
    if (this.active.has(value)) return value; // a cycle (only possible for in-memory callers)
    this.active.add(value);
    const entries = Object.entries(value).map(([key, v]) => [key, v, member(key, v)] as const);
    this.active.delete(value);
    let result: unknown = value;
    if (entries.some(([, v, next]) => next !== v)) {
      const kept = entries.filter(([, , next]) => next !== ABSENT);
      if (Array.isArray(value)) result = kept.map(([, , next]) => next);
      else {
        const copy: SchemaObject = {};
        for (const [key, , next] of kept) setOwn(copy, key, next);
        result = copy;
      }
    }
    done.set(value, result);
    return result;
  }
}
