import { canonical, dict, hasOwn, isObject, own, type JsonSchema } from './json.js';
import type { NodePair } from './pair.js';
import { admits, parseTypes, typeOfValue, type TypeSet } from './type-set.js';

export interface BranchPairing {
  pairs: Array<[number, number]>;
  removed: number[];
  added: number[];
}

type Side = 'old' | 'new';
const cache = new WeakMap<NodePair, Map<string, BranchPairing>>();

/**
 * Pairs branches of two unions (or two `allOf`s) by best match, not by index: identical branches
 * first, then branches that share a discriminator value or a type and the most keywords. Branches
 * whose types or discriminator values cannot overlap are never paired: they count as added/removed.
 */
export function pairBranches(pair: NodePair, kind: 'union' | 'allOf'): BranchPairing {
  const perPair = cache.get(pair) ?? new Map<string, BranchPairing>();
  cache.set(pair, perPair);
  const hit = perPair.get(kind);
  if (hit) return hit;
  const oldBranches = kind === 'union' ? (pair.old.union?.branches ?? []) : pair.old.allOf;
  const newBranches = kind === 'union' ? (pair.new.union?.branches ?? []) : pair.new.allOf;
  const olds = oldBranches.map((b) => pair.deref('old', b, pair.at.oldBase));
  const news = newBranches.map((b) => pair.deref('new', b, pair.at.newBase));
  const scored: Array<[number, number, number]> = [];
  olds.forEach((o, i) => news.forEach((n, j) => scored.push([score(o, n), i, j])));
  scored.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const usedOld = new Set<number>();
  const usedNew = new Set<number>();
  const pairs: Array<[number, number]> = [];
  for (const [s, i, j] of scored) {
    if (s <= 0 || usedOld.has(i) || usedNew.has(j)) continue;
    usedOld.add(i);
    usedNew.add(j);
    pairs.push([i, j]);
  }
  const result = {
    pairs,
    removed: olds.map((_, i) => i).filter((i) => !usedOld.has(i)),
    added: news.map((_, j) => j).filter((j) => !usedNew.has(j)),
  };
  perPair.set(kind, result);
  return result;
}

function score(o: JsonSchema, n: JsonSchema): number {
  if (canonical(o) === canonical(n)) return 1000;
  if (!isObject(o) || !isObject(n)) return o === n ? 1000 : 1;
  const discriminator = compareDiscriminators(o, n);
  if (discriminator < 0) return 0;
  const to = branchTypes(o);
  const tn = branchTypes(n);
  if (to && tn && !to.some((t) => admits(tn, t)) && !tn.some((t) => admits(to, t))) return 0;
  const shared = Object.keys(o).filter((k) => hasOwn(n, k) && canonical(o[k]) === canonical(n[k])).length;
  return 10 + discriminator + shared;
}

/** The types a branch can accept, looking through one-branch combinators; undefined = unknown/any. */
function branchTypes(schema: JsonSchema, depth = 0): TypeSet {
  if (!isObject(schema)) return undefined;
  if (hasOwn(schema, 'const')) return [typeOfValue(schema.const)];
  if (Array.isArray(schema.enum)) return [...new Set(schema.enum.map(typeOfValue))];
  const declared = parseTypes(schema.type);
  if (declared || depth > 8) return declared;
  for (const kind of ['allOf', 'anyOf', 'oneOf']) {
    const list = schema[kind];
    if (Array.isArray(list) && list.length === 1) return branchTypes(list[0] as JsonSchema, depth + 1);
  }
  return undefined;
}

/** +100 when both branches pin the same property to the same constant, -1 when to different ones. */
function compareDiscriminators(o: Record<string, unknown>, n: Record<string, unknown>): number {
  const po = constProps(o);
  const pn = constProps(n);
  for (const [name, value] of Object.entries(po)) {
    const other = own(pn, name);
    if (other !== undefined) return other === value ? 100 : -1;
  }
  return 0;
}

function constProps(schema: unknown): Record<string, string> {
  const out = dict<string>();
  if (!isObject(schema) || !isObject(schema.properties)) return out;
  for (const [name, prop] of Object.entries(schema.properties)) {
    if (isObject(prop) && hasOwn(prop, 'const')) out[name] = canonical(prop.const);
    else if (isObject(prop) && Array.isArray(prop.enum) && prop.enum.length === 1) out[name] = canonical(prop.enum[0]);
  }
  return out;
}

/** True when no instance can match two branches (disjoint types or distinct discriminator values). */
export function pairwiseDisjoint(pair: NodePair, side: Side, branches: JsonSchema[]): boolean {
  const resolved = branches.map((b) => pair.deref(side, b, side === 'old' ? pair.at.oldBase : pair.at.newBase));
  return resolved.every((a, i) => resolved.every((b, j) => j <= i || disjoint(a, b)));
}

function disjoint(a: JsonSchema, b: JsonSchema): boolean {
  const ta = branchTypes(a);
  const tb = branchTypes(b);
  if (ta && tb && !ta.some((t) => admits(tb, t)) && !tb.some((t) => admits(ta, t))) return true;
  const ca = constProps(a);
  const cb = constProps(b);
  const required = (s: JsonSchema) => (isObject(s) && Array.isArray(s.required) ? s.required : []);
  return Object.keys(ca).some(
    (k) => hasOwn(cb, k) && ca[k] !== cb[k] && required(a).includes(k) && required(b).includes(k),
  );
}
