/**
 * One iterative walk over a schema document that collects everything the schema rules need:
 * meta-schema errors, unknown keywords, formats, regexes, `$ref`s with their base URI, `$id`s and
 * anchors, `examples`/`default` values and property names. Rules read the index; none walks again.
 *
 * The walk uses an explicit stack, so a 10,000-deep document cannot overflow the call stack, and it
 * stops at MAX_DEPTH subschema levels, so pointers and the work stay bounded.
 */
import type { ErrorObject } from 'ajv';
import { dialectOf, type Dialect, type KeywordShape } from './meta.js';
import type { Draft } from './drafts.js';
import { anchorOf, resolveUri, withoutFragment } from './uris.js';

/** Subschema nesting evt checks; real contracts stay far below it (ajv would also recurse this deep). */
export const MAX_DEPTH = 128;

export interface SchemaIndex {
  /** The draft the document was checked against; undefined when its `$schema` is unknown. */
  draft?: Draft;
  metaErrors: Array<{ pointer: string; message: string }>;
  unknownKeywords: Array<{ pointer: string; keyword: string }>;
  formats: Array<{ pointer: string; format: string }>;
  /** `pattern` values (pointer of the keyword) and `patternProperties` keys (pointer of the key). */
  patterns: Array<{ pointer: string; source: string }>;
  /** `$ref`s: pointer of the `$ref` keyword, the reference and the base URI in effect there. */
  refs: Array<{ pointer: string; ref: string; base: string }>;
  /** Schema resources: the document root (base URI) and every subschema with a `$id`. */
  resources: Array<{ uri: string; pointer: string }>;
  anchors: Array<{ uri: string; name: string; pointer: string }>;
  /** `examples` entries and `default` values, with the pointer of the schema they sit in. */
  annotations: Array<{ pointer: string; schemaPointer: string; value: unknown }>;
  /** Every `properties` keyword (pointer of the keyword) with its names; pointers per name are built on demand. */
  properties: Array<{ pointer: string; names: string[] }>;
  /** The first subschema beyond MAX_DEPTH, when there is one. */
  tooDeep?: { pointer: string };
}

interface Frame {
  node: Record<string, unknown>;
  pointer: string;
  base: string;
  depth: number;
}

/** Walks `schema` (a document root) with the keyword table of `draft`; `base` is its retrieval URI. */
export function indexSchema(schema: unknown, draft: Draft | undefined, base: string): SchemaIndex {
  const index: SchemaIndex = { draft, metaErrors: [], unknownKeywords: [], formats: [], patterns: [], refs: [], resources: [], anchors: [], annotations: [], properties: [] };
  // Draft-04 has no boolean schemas (draft-06 Validation §4.4 introduced them).
  if (draft === '04' && typeof schema === 'boolean') index.metaErrors.push({ pointer: '', message: 'must be object' });
  if (!isObject(schema)) return index;
  index.resources.push({ uri: base, pointer: '' });
  const dialect = dialectOf(draft ?? '2020-12');
  const stack: Frame[] = [{ node: schema, pointer: '', base, depth: 0 }];
  for (let frame = stack.pop(); frame; frame = stack.pop()) visit(frame, dialect, index, stack);
  return index;
}

function visit(frame: Frame, dialect: Dialect, index: SchemaIndex, stack: Frame[]): void {
  const { node, pointer } = frame;
  const base = enterResource(frame, index);
  if (index.draft && dialect.validateObject && !dialect.validateObject(node)) addMetaErrors(pointer, dialect.validateObject.errors, index);
  for (const key in node) {
    const value = node[key];
    const keyword = dialect.keyword(key);
    if (!keyword) {
      if (!key.startsWith('x-')) index.unknownKeywords.push({ pointer: `${pointer}/${escape(key)}`, keyword: key });
      continue;
    }
    if (index.draft) {
      const errors = keyword.validate(value);
      if (errors) addMetaErrors(`${pointer}/${escape(key)}`, errors, index);
    }
    if (COLLECTED.has(key)) collect(key, value, `${pointer}/${escape(key)}`, pointer, base, index);
    if (keyword.shape) pushChildren(value, keyword.shape, `${pointer}/${escape(key)}`, { ...frame, base }, index, stack);
  }
}

const COLLECTED = new Set(['format', 'pattern', '$ref', 'default', 'examples', '$anchor', '$dynamicAnchor', 'patternProperties', 'properties']);

/** Records what one keyword contributes to the index. */
function collect(key: string, value: unknown, at: string, pointer: string, base: string, index: SchemaIndex): void {
  if (key === 'format' && typeof value === 'string') index.formats.push({ pointer: at, format: value });
  else if (key === 'pattern' && typeof value === 'string') index.patterns.push({ pointer: at, source: value });
  else if (key === '$ref' && typeof value === 'string') index.refs.push({ pointer: at, ref: value, base });
  else if (key === 'default') index.annotations.push({ pointer: at, schemaPointer: pointer, value });
  else if (key === 'examples' && Array.isArray(value)) value.forEach((example, i) => index.annotations.push({ pointer: `${at}/${i}`, schemaPointer: pointer, value: example }));
  else if ((key === '$anchor' || key === '$dynamicAnchor') && typeof value === 'string') index.anchors.push({ uri: base, name: value, pointer });
  else if (key === 'patternProperties' && isObject(value)) for (const source of Object.keys(value)) index.patterns.push({ pointer: `${at}/${escape(source)}`, source });
  else if (key === 'properties' && isObject(value)) index.properties.push({ pointer: at, names: Object.keys(value) });
}

/**
 * A `$id` (draft-04: `id`) starts a new schema resource whose URI is the base for the refs inside it
 * (2020-12 Core §8.2.1). Before 2019-09 a fragment-only id (`#foo`) declared an anchor instead.
 */
function enterResource(frame: Frame, index: SchemaIndex): string {
  const id = frame.node[index.draft === '04' ? 'id' : '$id'];
  if (typeof id !== 'string') return frame.base;
  const resolved = resolveUri(id, frame.base);
  if (resolved === undefined) return frame.base;
  const uri = withoutFragment(resolved);
  const anchor = anchorOf(resolved);
  if (anchor) index.anchors.push({ uri, name: anchor, pointer: frame.pointer });
  if (id.startsWith('#')) return frame.base;
  if (frame.depth > 0 || uri !== frame.base) index.resources.push({ uri, pointer: frame.pointer });
  return uri;
}

function pushChildren(value: unknown, shape: KeywordShape, at: string, parent: Frame, index: SchemaIndex, stack: Frame[]): void {
  const push = (child: unknown, pointer: string): void => {
    if (!isObject(child)) return;
    if (parent.depth + 1 > MAX_DEPTH) index.tooDeep ??= { pointer };
    else stack.push({ node: child, pointer, base: parent.base, depth: parent.depth + 1 });
  };
  if (Array.isArray(value)) {
    if (shape.items) value.forEach((item, i) => push(item, `${at}/${i}`));
  } else if (shape.self) push(value, at);
  else if (shape.values && isObject(value)) for (const key of Object.keys(value)) push(value[key], `${at}/${escape(key)}`);
}

function addMetaErrors(pointer: string, errors: ErrorObject[] | null | undefined, index: SchemaIndex): void {
  for (const error of errors ?? []) index.metaErrors.push({ pointer: pointer + error.instancePath, message: describe(error) });
}

function describe(error: ErrorObject): string {
  const allowed = (error.params as { allowedValues?: unknown[] }).allowedValues;
  return allowed ? `${error.message}: ${allowed.map((v) => JSON.stringify(v)).join(', ')}` : error.message ?? error.keyword;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** RFC 6901 escaping, skipped for the common key that needs none. */
export function escape(token: string): string {
  return token.includes('~') || token.includes('/') ? token.replace(/~/g, '~0').replace(/\//g, '~1') : token;
}
