/**
 * A fast yes for the common `default` and `examples` value: whether it is valid against its
 * subschema, decided without ajv's code generator, for subschemas built only from the plain
 * structural keywords below (and same-document `$ref`s between them). Anything else (`pattern`,
 * `format`, combinators, `uniqueItems`, a ref to another file) is undecided, and so is every
 * invalid value: ajv then checks it, so its message is ajv's own. Compiling a 1.5 MB schema to check
 * a thousand `default: false` costs seconds; this costs microseconds per value.
 */
import { getAtPointer } from '../util/json-pointer.js';
import { isModernDraft, type Draft } from './drafts.js';
import { isAcceptedKeyword } from './vocabulary.js';

/** Keywords with no effect on validity (annotations), in every draft. */
const INERT = new Set(['title', 'description', 'default', '$id', '$schema', '$defs', 'definitions', '$anchor']);

const MAX_DEPTH = 64;

/**
 * True when `value` is valid against the subschema at `pointer` of `root`; undefined when this
 * cannot tell (an unsupported keyword) or when it is invalid (ajv says why).
 */
export function quickValid(root: unknown, pointer: string, value: unknown, draft: Draft): true | undefined {
  const schema = getAtPointer(root, pointer);
  return check(schema, value, root, draft, 0) === true ? true : undefined;
}

type Verdict = boolean | undefined;

function check(schema: unknown, value: unknown, root: unknown, draft: Draft, depth: number): Verdict {
  if (depth > MAX_DEPTH) return undefined;
  if (schema === true) return true;
  if (schema === false) return false;
  if (!isObject(schema)) return undefined;
  const ref = schema.$ref;
  if (ref !== undefined) {
    if (typeof ref !== 'string' || !ref.startsWith('#/')) return undefined;
    const target = getAtPointer(root, decodeFragment(ref.slice(1)));
    if (target === undefined) return undefined;
    const viaRef = check(target, value, root, draft, depth + 1);
    // before 2019-09 a `$ref` replaces its siblings
    if (viaRef !== true || !isModernDraft(draft)) return viaRef;
  }
  for (const key in schema) {
    if (key === '$ref' || INERT.has(key) || isAnnotation(key)) continue;
    const verdict = KEYWORDS[key]?.(schema[key], value, schema, root, draft, depth);
    if (verdict !== true) return verdict === false ? false : undefined;
  }
  return true;
}

function isAnnotation(key: string): boolean {
  return key === 'examples' || isAcceptedKeyword(key, { schemas: { keywords: [] } });
}

type Keyword = (
  arg: unknown,
  value: unknown,
  schema: Record<string, unknown>,
  root: unknown,
  draft: Draft,
  depth: number,
) => Verdict;

const KEYWORDS: Record<string, Keyword> = {
  type: (arg, value) => {
    const types = Array.isArray(arg) ? arg : [arg];
    return types.some((t) => typeof t === 'string' && hasType(value, t));
  },
  enum: (arg, value) => (Array.isArray(arg) ? arg.some((item) => equal(item, value)) : undefined),
  const: (arg, value) => equal(arg, value),
  minimum: (arg, value) => numeric(arg, value, (n, a) => n >= a),
  maximum: (arg, value) => numeric(arg, value, (n, a) => n <= a),
  exclusiveMinimum: (arg, value) => (typeof arg === 'number' ? numeric(arg, value, (n, a) => n > a) : undefined),
  exclusiveMaximum: (arg, value) => (typeof arg === 'number' ? numeric(arg, value, (n, a) => n < a) : undefined),
  minLength: (arg, value) =>
    typeof value !== 'string' ? true : typeof arg === 'number' ? [...value].length >= arg : undefined,
  maxLength: (arg, value) =>
    typeof value !== 'string' ? true : typeof arg === 'number' ? [...value].length <= arg : undefined,
  minItems: (arg, value) => (!Array.isArray(value) ? true : typeof arg === 'number' ? value.length >= arg : undefined),
  maxItems: (arg, value) => (!Array.isArray(value) ? true : typeof arg === 'number' ? value.length <= arg : undefined),
  required: (arg, value) =>
    !isObject(value) ? true : Array.isArray(arg) ? arg.every((name) => Object.hasOwn(value, name)) : undefined,
  items: (arg, value, _schema, root, draft, depth) => {
    if (!Array.isArray(value)) return true;
    if (Array.isArray(arg)) return undefined; // tuple form: leave it to ajv
    return all(value.map((item) => () => check(arg, item, root, draft, depth + 1)));
  },
  properties: (arg, value, _schema, root, draft, depth) => {
    if (!isObject(value)) return true;
    if (!isObject(arg)) return undefined;
    return all(
      Object.keys(value)
        .filter((name) => Object.hasOwn(arg, name))
        .map((name) => () => check(arg[name], value[name], root, draft, depth + 1)),
    );
  },
  additionalProperties: (arg, value, schema, root, draft, depth) => {
    if (!isObject(value)) return true;
    if (schema.patternProperties !== undefined) return undefined;
    const declared = isObject(schema.properties) ? schema.properties : {};
    const extra = Object.keys(value).filter((name) => !Object.hasOwn(declared, name));
    return all(extra.map((name) => () => check(arg, value[name], root, draft, depth + 1)));
  },
};

/** Every check true: true; any false: false; else undefined. Stops at the first that is not true. */
function all(checks: Array<() => Verdict>): Verdict {
  for (const run of checks) {
    const verdict = run();
    if (verdict !== true) return verdict;
  }
  return true;
}

function numeric(arg: unknown, value: unknown, holds: (n: number, a: number) => boolean): Verdict {
  if (typeof value !== 'number') return true;
  return typeof arg === 'number' ? holds(value, arg) : undefined;
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'null':
      return value === null;
    case 'boolean':
      return typeof value === 'boolean';
    case 'string':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'integer':
      return Number.isInteger(value);
    case 'array':
      return Array.isArray(value);
    case 'object':
      return isObject(value);
    default:
      return false;
  }
}

function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => equal(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && equal(a[k], b[k]));
  }
  return false;
}

function decodeFragment(pointer: string): string {
  try {
    return decodeURIComponent(pointer);
  } catch {
    return pointer;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
