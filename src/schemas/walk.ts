/**
 * One iterative walk over a schema document that collects everything the schema rules need:
 * meta-schema errors, unknown keywords and formats, invalid regexes, `$ref`s with their base URI,
 * `$id`s and anchors, `examples`/`default` values and (when asked) property names. Rules read the
 * index; none walks again.
 *
 * The walk uses an explicit stack, so a 10,000-deep document cannot overflow the call stack, and it
 * stops at MAX_DEPTH subschema levels. Pointers are built only for what is recorded (frames keep a
 * parent link), since on a large repo almost every subschema is fine and string building is the cost.
 */
import type { ErrorObject } from 'ajv';
import { escapeToken } from '../util/json-pointer.js';
import { KNOWN_FORMATS, type Draft } from './drafts.js';
import { dialectOf, type Dialect, type KeywordShape } from './meta.js';
import { regexError } from './regex.js';
import { anchorOf, hasScheme, ID_BASE, resolveUri, withoutFragment } from './uris.js';

/** Subschema nesting evt checks; real contracts stay far below it (ajv would also recurse this deep). */
export const MAX_DEPTH = 128;

type CompileProblem =
  | { kind: 'keyword'; pointer: string; keyword: string }
  | { kind: 'format'; pointer: string; format: string }
  | { kind: 'regex'; pointer: string; source: string; error: string };

export interface SchemaIndex {
  /** The draft the document was checked against; undefined when its `$schema` is unknown. */
  draft?: Draft;
  metaErrors: Array<{ pointer: string; message: string }>;
  /** Unknown keywords (vocabulary.ts says which are accepted) and formats, invalid `pattern`s and `patternProperties` keys. */
  compileProblems: CompileProblem[];
  /**
   * `$ref`s: pointer of the `$ref` keyword, the reference and the base URI in effect there; `idBase`
   * is the base the enclosing `$id`s give on their own (see {@link ID_BASE}), when one is relative.
   */
  refs: Array<{ pointer: string; ref: string; base: string; idBase?: string }>;
  /**
   * Schema resources: the document root (retrieval URI) and every subschema with a `$id`; `idUri`
   * is the URI a relative-looking `$id` has on its own (`common/user.schema.json`).
   */
  resources: Array<{ uri: string; pointer: string; idUri?: string }>;
  anchors: Array<{ uri: string; name: string; pointer: string }>;
  /** `examples` entries and `default` values, with the pointer of the schema they sit in. */
  annotations: Array<{ pointer: string; schemaPointer: string; value: unknown }>;
  /** Properties whose names are in `WalkOptions.propertyNames`, with the pointer of the property. */
  namedProperties: Array<{ pointer: string; name: string }>;
  /** The first subschema beyond MAX_DEPTH, when there is one. */
  tooDeep?: { pointer: string };
}

export interface WalkOptions {
  /** Lower-cased property names to record (the configured PII fields). */
  propertyNames?: ReadonlySet<string>;
}

interface Frame {
  node: Record<string, unknown>;
  parent?: Frame;
  /** Escaped pointer tokens from the parent to this node (`properties/id`). */
  path: string;
  base: string;
  /** The base from the enclosing `$id`s alone, once a relative one is met (see {@link ID_BASE}). */
  idBase?: string;
  depth: number;
}

interface Walk {
  index: SchemaIndex;
  dialect: Dialect;
  options: WalkOptions;
  stack: Frame[];
}

/** Walks `schema` (a document root) with the keyword table of `draft`; `base` is its retrieval URI. */
export function indexSchema(
  schema: unknown,
  draft: Draft | undefined,
  base: string,
  options: WalkOptions = {},
): SchemaIndex {
  const index: SchemaIndex = {
    draft,
    metaErrors: [],
    compileProblems: [],
    refs: [],
    resources: [],
    anchors: [],
    annotations: [],
    namedProperties: [],
  };
  // Draft-04 has no boolean schemas (draft-06 Validation §4.4 introduced them).
  if (draft === '04' && typeof schema === 'boolean') index.metaErrors.push({ pointer: '', message: 'must be object' });
  if (!isObject(schema)) return index;
  index.resources.push({ uri: base, pointer: '' });
  const walk: Walk = {
    index,
    dialect: dialectOf(draft ?? '2020-12'),
    options,
    stack: [{ node: schema, path: '', base, depth: 0 }],
  };
  for (let frame = walk.stack.pop(); frame; frame = walk.stack.pop()) visit(frame, walk);
  return index;
}

function visit(frame: Frame, walk: Walk): void {
  const { index, dialect } = walk;
  frame.base = enterResource(frame, index);
  if (index.draft && dialect.validateObject && !dialect.validateObject(frame.node))
    addMetaErrors(pointerOf(frame), dialect.validateObject.errors, index);
  for (const key in frame.node) {
    const value = frame.node[key];
    const keyword = dialect.keyword(key);
    if (!keyword) {
      index.compileProblems.push({
        kind: 'keyword',
        pointer: `${pointerOf(frame)}/${escapeToken(key)}`,
        keyword: key,
      });
      continue;
    }
    if (index.draft) {
      const errors = keyword.validate(value);
      if (errors) addMetaErrors(`${pointerOf(frame)}/${escapeToken(key)}`, errors, index);
    }
    if (COLLECTED.has(key)) collect(key, value, frame, walk);
    if (keyword.shape) pushChildren(value, keyword.shape, escapeToken(key), frame, walk);
  }
}

const COLLECTED = new Set([
  'format',
  'pattern',
  '$ref',
  'default',
  'examples',
  '$anchor',
  '$dynamicAnchor',
  'patternProperties',
  'properties',
]);

/** Records what one keyword contributes to the index. */
function collect(key: string, value: unknown, frame: Frame, walk: Walk): void {
  const { index } = walk;
  const at = (): string => `${pointerOf(frame)}/${escapeToken(key)}`;
  if (key === 'format' && typeof value === 'string') {
    if (!KNOWN_FORMATS.has(value)) index.compileProblems.push({ kind: 'format', pointer: at(), format: value });
  } else if (key === 'pattern' && typeof value === 'string') checkRegex(value, at(), index);
  else if (key === '$ref' && typeof value === 'string')
    index.refs.push({ pointer: at(), ref: value, base: frame.base, ...(frame.idBase ? { idBase: frame.idBase } : {}) });
  else if (key === 'default') index.annotations.push({ pointer: at(), schemaPointer: pointerOf(frame), value });
  else if (key === 'examples' && Array.isArray(value))
    value.forEach((example, i) =>
      index.annotations.push({ pointer: `${at()}/${i}`, schemaPointer: pointerOf(frame), value: example }),
    );
  else if ((key === '$anchor' || key === '$dynamicAnchor') && typeof value === 'string')
    index.anchors.push({ uri: frame.base, name: value, pointer: pointerOf(frame) });
  else if (key === 'patternProperties' && isObject(value))
    for (const source of Object.keys(value)) checkRegex(source, `${at()}/${escapeToken(source)}`, index);
  else if (key === 'properties' && isObject(value) && walk.options.propertyNames)
    collectNames(Object.keys(value), at, walk.options.propertyNames, index);
}

function checkRegex(source: string, pointer: string, index: SchemaIndex): void {
  const error = regexError(source);
  if (error) index.compileProblems.push({ kind: 'regex', pointer, source, error });
}

function collectNames(names: string[], at: () => string, wanted: ReadonlySet<string>, index: SchemaIndex): void {
  for (const name of names)
    if (wanted.has(name.toLowerCase())) index.namedProperties.push({ pointer: `${at()}/${escapeToken(name)}`, name });
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
  if (anchor) index.anchors.push({ uri, name: anchor, pointer: pointerOf(frame) });
  if (id.startsWith('#')) return frame.base;
  // A relative-looking `$id` also names the resource on its own, as ajv keys it (`common/user.schema.json`).
  const idResolved = hasScheme(id) ? undefined : resolveUri(id, frame.idBase ?? ID_BASE);
  if (idResolved !== undefined) frame.idBase = withoutFragment(idResolved);
  if (frame.depth > 0 || uri !== frame.base)
    index.resources.push({ uri, pointer: pointerOf(frame), ...(frame.idBase ? { idUri: frame.idBase } : {}) });
  else if (frame.idBase) index.resources[0] = { uri, pointer: '', idUri: frame.idBase };
  return uri;
}

function pushChildren(value: unknown, shape: KeywordShape, token: string, parent: Frame, walk: Walk): void {
  const push = (child: unknown, path: string): void => {
    if (!isObject(child)) return;
    const frame: Frame = { node: child, parent, path, base: parent.base, depth: parent.depth + 1 };
    if (parent.idBase) frame.idBase = parent.idBase;
    if (frame.depth > MAX_DEPTH) walk.index.tooDeep ??= { pointer: pointerOf(frame) };
    else walk.stack.push(frame);
  };
  if (Array.isArray(value)) {
    if (shape.items) value.forEach((item, i) => push(item, `${token}/${i}`));
  } else if (shape.self) push(value, token);
  else if (shape.values && isObject(value))
    for (const key of Object.keys(value)) push(value[key], `${token}/${escapeToken(key)}`);
}

/** The JSON pointer of a frame, built from its parent links (only for what gets recorded). */
function pointerOf(frame: Frame): string {
  const parts: string[] = [];
  for (let f: Frame | undefined = frame; f?.parent; f = f.parent) parts.push(f.path);
  return parts.length === 0 ? '' : `/${parts.reverse().join('/')}`;
}

function addMetaErrors(pointer: string, errors: ErrorObject[] | null | undefined, index: SchemaIndex): void {
  for (const error of errors ?? [])
    index.metaErrors.push({ pointer: pointer + error.instancePath, message: describe(error) });
}

function describe(error: ErrorObject): string {
  const allowed = (error.params as { allowedValues?: unknown[] }).allowedValues;
  return allowed
    ? `${error.message}: ${allowed.map((v) => JSON.stringify(v)).join(', ')}`
    : (error.message ?? error.keyword);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
