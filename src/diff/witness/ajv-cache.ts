import type { Options, ValidateFunction } from 'ajv';
import { createAjv, draftOrDefault, type Draft } from '../../schemas/drafts.js';
import { boundedRegExp } from '../../schemas/regex.js';
import { canonical, isObject, type JsonSchema } from '../engine/json.js';

type AjvLike = {
  compile(schema: unknown): ValidateFunction;
  getSchema(id: string): unknown;
  removeSchema(schemaOrId: unknown): unknown;
};

// Witness checks run a schema's `pattern`s on payloads: time-bounded regexes turn a catastrophic
// pattern (`(a|aa)*b`) into a thrown RegexTimeoutError, which `accepts` reads as "cannot verify".
const OPTIONS: Options = {
  strict: false,
  allErrors: false,
  logger: false,
  validateFormats: true,
  allowUnionTypes: true,
  // A witness validator checks a handful of payloads and is dropped: ajv's code optimisation pass
  // costs more than it saves (on a 10-event --changed run of a 10,000-event repo, 0.62 s -> 0.54 s).
  code: { regExp: boundedRegExp, optimize: false },
};
/**
 * Validators kept (oldest dropped first). ajv keeps every schema it compiled, about 90 KB each: a
 * few thousand made the heap big enough for 50 ms collector pauses in the middle of a pair, so
 * evicted schemas are removed from ajv too. Consecutive pairs share a version, so few are reused.
 */
const MAX_CACHED = 256;
const instances = new Map<string, AjvLike>();
const validators = new Map<string, { validate: ValidateFunction | null; schema: JsonSchema; ajv: AjvLike }>();

/**
 * The ajv class per dialect, with formats (the same factory lint uses, so the CLI bundle holds one
 * ajv). Draft-06 documents get draft-07's class, as before: it accepts their keywords.
 */
function instanceFor(draft: Draft): AjvLike {
  const ajvDraft = draft === '06' ? '07' : draft;
  let ajv = instances.get(ajvDraft);
  if (!ajv) instances.set(ajvDraft, (ajv = createAjv(ajvDraft, OPTIONS) as unknown as AjvLike));
  return ajv;
}

/**
 * A compiled validator for a schema, cached by content (one compile per distinct schema, however
 * many pairs it appears in). Returns undefined when ajv cannot compile the schema.
 */
function validatorFor(schema: JsonSchema): ValidateFunction | undefined {
  const key = canonical(schema);
  const hit = validators.get(key);
  if (hit !== undefined) return hit.validate ?? undefined;
  const ajv = instanceFor(draftOrDefault(schema));
  let compiled: ValidateFunction | null = null;
  try {
    // Two versions of a document may share an $id; ajv refuses a second schema under the same id.
    if (isObject(schema) && typeof schema.$id === 'string' && ajv.getSchema(schema.$id)) ajv.removeSchema(schema.$id);
    compiled = ajv.compile(schema);
  } catch {
    compiled = null;
  }
  if (validators.size >= MAX_CACHED) evictOldest();
  validators.set(key, { validate: compiled, schema, ajv });
  return compiled ?? undefined;
}

function evictOldest(): void {
  const [key, oldest] = validators.entries().next().value!;
  validators.delete(key);
  if (!oldest.validate || !isObject(oldest.schema)) return;
  try {
    oldest.ajv.removeSchema(oldest.schema);
  } catch {
    // already replaced under its $id: nothing of it left to drop
  }
}

/**
 * True/false when the schema compiled and validated, undefined when it did not. ajv compiles a
 * schema that applies itself to the same instance (`{"$ref": "#", ...}`) into a function that calls
 * itself until the stack overflows; that, or any other throw while validating, means the schema
 * cannot verify anything: its validator is dropped and every later call answers undefined.
 */
export function accepts(schema: JsonSchema, instance: unknown): boolean | undefined {
  const validate = validatorFor(schema);
  if (!validate) return undefined;
  try {
    return validate(instance) === true;
  } catch {
    const entry = validators.get(canonical(schema));
    if (entry) entry.validate = null;
    return undefined;
  }
}
