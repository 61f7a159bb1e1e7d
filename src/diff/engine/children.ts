import { pairBranches } from './branches.js';
import { isTrivial } from './content-model.js';
import { deepEqual, own, type JsonSchema } from './json.js';
import { bothAdmit } from './norm.js';
import { child, type NodePair } from './pair.js';

/**
 * Recursion into subschemas that apply to the same instance location on both sides. Keywords whose
 * pairing is itself a change kind (added/removed properties, tuple slots, union branches, `not`,
 * conditionals) are walked by their rule modules instead.
 */
export function descendChildren(pair: NodePair): void {
  if (bothAdmit(pair.old, pair.new, 'object')) descendObject(pair);
  if (bothAdmit(pair.old, pair.new, 'array')) descendArray(pair);
  descendCombinators(pair);
}

function descendObject(pair: NodePair): void {
  const { old: o, new: n, at } = pair;
  for (const [name, after] of Object.entries(n.properties)) {
    const before = own(o.properties, name);
    if (before !== undefined)
      pair.descend(before, after, () => child(at, ['properties', name], ['properties', name], name));
  }
  for (const [pattern, after] of Object.entries(n.patternProperties)) {
    const before = own(o.patternProperties, pattern);
    if (before !== undefined) {
      pair.descend(
        before,
        after,
        child(at, ['patternProperties', pattern], ['patternProperties', pattern], { pattern }),
      );
    }
  }
  descendAdditional(pair);
  if (o.propertyNames !== undefined || n.propertyNames !== undefined) {
    pair.descend(o.propertyNames ?? true, n.propertyNames ?? true, child(at, ['propertyNames']));
  }
  const names = new Set([...Object.keys(o.dependentSchemas), ...Object.keys(n.dependentSchemas)]);
  for (const name of names) {
    // An absent dependent schema is the `true` schema (2020-12 Core §10.2.2.4).
    pair.descend(
      own(o.dependentSchemas, name) ?? true,
      own(n.dependentSchemas, name) ?? true,
      child(at, [o.dependentSchemasKey, name], [n.dependentSchemasKey, name]),
    );
  }
}

function descendArray(pair: NodePair): void {
  const { old: o, new: n, at } = pair;
  descendTuple(pair);
  if (o.items !== undefined || n.items !== undefined) {
    // Absent `items` is the `true` schema; elements after the longest tuple prefix meet both rests.
    const index = Math.max(o.prefixItems.length, n.prefixItems.length);
    pair.descend(o.items ?? true, n.items ?? true, child(at, [o.itemsKey], [n.itemsKey], index));
  }
  if (o.contains !== undefined && n.contains !== undefined) {
    pair.descend(o.contains, n.contains, child(at, ['contains'], ['contains'], 0));
  }
}

function descendTuple(pair: NodePair): void {
  const { old: o, new: n, at } = pair;
  for (const [i, before] of o.prefixItems.entries()) {
    const after = n.prefixItems[i];
    if (after === undefined) break; // past the shorter prefix: tuple-item-removed's slots
    pair.descend(before, after, child(at, [o.prefixKey, i], [n.prefixKey, i], i));
  }
}

function descendAdditional(pair: NodePair): void {
  const { old: o, new: n } = pair;
  if (isTrivial(o.additional) || isTrivial(n.additional)) return; // additional-properties-* rules
  pair.descend(
    o.additional as JsonSchema,
    n.additional as JsonSchema,
    child(pair.at, [o.additionalKey], [n.additionalKey], { additional: true }),
  );
}

function descendCombinators(pair: NodePair): void {
  const { old: o, new: n, at } = pair;
  if (o.union && n.union) {
    // pairBranches pairs an index of each side's branch list, so both lookups hit.
    for (const [i, j] of pairBranches(pair, 'union').pairs)
      pair.descend(o.union.branches[i]!, n.union.branches[j]!, child(at, [o.union.kind, i], [n.union.kind, j]));
  }
  if (o.allOf.length > 0 && n.allOf.length > 0)
    // pairBranches pairs indices of allOf, and allOfOrigin runs parallel to allOf.
    for (const [i, j] of pairBranches(pair, 'allOf').pairs)
      pair.descend(
        o.allOf[i]!,
        n.allOf[j]!,
        child(at, ['allOf', Math.max(o.allOfOrigin[i]!, 0)], ['allOf', Math.max(n.allOfOrigin[j]!, 0)]),
      );
  if (o.not !== undefined && n.not !== undefined) pair.descend(o.not, n.not, child(at, ['not']), { invert: true });
  if (o.if !== undefined && n.if !== undefined && deepEqual(o.if, n.if)) {
    for (const key of ['then', 'else'] as const) {
      if (o[key] !== undefined || n[key] !== undefined) pair.descend(o[key] ?? true, n[key] ?? true, child(at, [key]));
    }
  }
}
