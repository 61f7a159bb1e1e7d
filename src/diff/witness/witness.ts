import type { BreakDirection, Witness } from '../../model/finding.js';
import { accepts } from './ajv-cache.js';
import { clone, hasOwn, isObject, setOwn, type JsonSchema } from '../engine/json.js';
import type { DiffChange, PathSegment } from '../engine/pair.js';
import { isSafePattern, SHORT_STRING } from '../engine/pattern-util.js';
import { sampleFromPattern } from './regex-sample.js';
import { Resolver } from '../engine/resolve.js';
import { sampleInstance } from './sample.js';

const POOL: unknown[] = [
  null,
  true,
  0,
  1,
  -1,
  0.5,
  1e9,
  '',
  'a',
  'A',
  'zz_unknown',
  'x'.repeat(SHORT_STRING + 1),
  {},
  [],
  [null],
  { x_evt_extra: 1 },
];
const MAX_ATTEMPTS = 48;
const MAX_GENERATED_LENGTH = 4_096;

/**
 * Both documents of a pair, prepared once and shared by every witness of the pair. `doc` is the
 * document as written, the one ajv verifies against; the sampler reads `resolver.doc` (the same
 * document with malformed subschemas left out, see sanitize.ts).
 */
export interface WitnessContext {
  old: { doc: JsonSchema; resolver: Resolver; safe: boolean };
  new: { doc: JsonSchema; resolver: Resolver; safe: boolean };
}

export function witnessContext(oldDoc: JsonSchema, newDoc: JsonSchema): WitnessContext {
  return {
    old: { doc: oldDoc, resolver: new Resolver(oldDoc), safe: allPatternsSafe(oldDoc) },
    new: { doc: newDoc, resolver: new Resolver(newDoc), safe: allPatternsSafe(newDoc) },
  };
}

/**
 * A payload one version accepts and the other rejects, verified with ajv (both schemas compiled,
 * cached by content). Built from a small valid instance of the accepting side, then varied at the
 * change's instance path. Undefined when no verified witness turns up: never an unverified one.
 */
export function buildWitness(change: DiffChange, ctx: WitnessContext, breaks?: BreakDirection): Witness | undefined {
  // Narrowing is shown by a payload only the old side accepts; widening by one only the new accepts.
  const narrowing = change.effect !== 'widens' && breaks !== 'old-consumers';
  const widening = change.effect !== 'narrows' && breaks !== 'new-consumers';
  const sides = [...(narrowing ? ['old' as const] : []), ...(widening ? ['new' as const] : [])];
  for (const side of sides) {
    const found = search(change, ctx, side);
    if (found !== undefined) return { payload: found, acceptedBy: side };
  }
  return undefined;
}

function search(change: DiffChange, ctx: WitnessContext, side: 'old' | 'new'): unknown {
  const accepting = ctx[side];
  const rejecting = ctx[side === 'old' ? 'new' : 'old'];
  const base = sampleInstance(accepting.resolver, accepting.resolver.doc, change.path);
  if (base === undefined) return undefined;
  const shortOnly = !accepting.safe || !rejecting.safe;
  let attempts = 0;
  for (const candidate of candidates(change, base, ctx, side)) {
    if (++attempts > MAX_ATTEMPTS) break;
    if (shortOnly && hasLongString(candidate, SHORT_STRING)) continue;
    if (accepts(accepting.doc, candidate) === true && accepts(rejecting.doc, candidate) === false) return candidate;
  }
  return undefined;
}

function* candidates(change: DiffChange, base: unknown, ctx: WitnessContext, side: 'old' | 'new'): Generator<unknown> {
  yield base;
  const path = change.path.map(keyOf);
  if (path.length > 0) yield removeAt(base, path);
  const current = getAt(base, path);
  for (const value of change.hint?.candidates ?? []) yield setAt(base, path, value);
  if (change.hint?.length !== undefined) yield setAt(base, path, resize(current, change.hint.length));
  if (change.hint?.duplicate && Array.isArray(current))
    yield setAt(base, path, [...current, ...current, ...(current.length ? [] : [1, 1])]);
  const other = side === 'old' ? 'new' : 'old';
  const fromOther = getAt(sampleInstance(ctx[other].resolver, ctx[other].resolver.doc, change.path), path);
  if (fromOther !== undefined) yield setAt(base, path, fromOther);
  for (const value of POOL) yield setAt(base, path, value);
}

function keyOf(segment: PathSegment): string | number {
  if (typeof segment === 'string' || typeof segment === 'number') return segment;
  return 'pattern' in segment ? (sampleFromPattern(segment.pattern) ?? 'x') : 'x_evt_extra';
}

function resize(current: unknown, length: number): unknown {
  const n = Math.min(length, MAX_GENERATED_LENGTH);
  if (Array.isArray(current))
    return Array.from({ length: n }, (_, i) => clone(current[i % Math.max(current.length, 1)] ?? null));
  if (isObject(current)) return Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, null]));
  return (typeof current === 'string' && current.length > 0 ? current : 'a').padEnd(n, 'a').slice(0, n);
}

function getAt(value: unknown, path: Array<string | number>): unknown {
  let node = value;
  for (const key of path)
    node =
      (isObject(node) || Array.isArray(node)) && hasOwn(node, key) ? (node as Record<string, unknown>)[key] : undefined;
  return node;
}

function setAt(value: unknown, path: Array<string | number>, replacement: unknown): unknown {
  const last = path.at(-1);
  if (last === undefined) return clone(replacement);
  const root = clone(value);
  const parent = getAt(root, path.slice(0, -1));
  if (!isObject(parent) && !Array.isArray(parent)) return root;
  setOwn(parent, last, clone(replacement));
  return root;
}

function removeAt(value: unknown, path: Array<string | number>): unknown {
  const root = clone(value);
  const parent = getAt(root, path.slice(0, -1));
  if (isObject(parent)) delete parent[String(path[path.length - 1])];
  return root;
}

function hasLongString(value: unknown, limit: number): boolean {
  if (typeof value === 'string') return value.length > limit;
  if (Array.isArray(value)) return value.some((v) => hasLongString(v, limit));
  if (isObject(value)) return Object.entries(value).some(([k, v]) => k.length > limit || hasLongString(v, limit));
  return false;
}

function allPatternsSafe(doc: unknown): boolean {
  if (Array.isArray(doc)) return doc.every(allPatternsSafe);
  if (!isObject(doc)) return true;
  if (typeof doc.pattern === 'string' && !isSafePattern(doc.pattern)) return false;
  if (isObject(doc.patternProperties) && Object.keys(doc.patternProperties).some((p) => !isSafePattern(p)))
    return false;
  return Object.entries(doc).every(([k, v]) => k === 'enum' || k === 'const' || k === 'examples' || allPatternsSafe(v));
}
