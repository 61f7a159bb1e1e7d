/**
 * A witness shown to a reviewer must hold against the schemas as written, and agree with its
 * message. The differ may see a consumer view (closed objects opened, consumer-view.ts), where a
 * payload can carry a member the written old schema rejects; and "events written under the old
 * schema lack it" means the property is absent, not `null`. So each witness is re-checked here
 * against the written schemas: a property-added-required witness first without the property, and
 * a witness that does not hold is dropped rather than shown.
 */
import { accepts } from '../diff/witness/ajv-cache.js';
import type { JsonSchema } from '../diff/engine/json.js';
import type { Finding, Witness } from '../model/finding.js';
import { splitPointer } from '../util/json-pointer.js';

export function checkedWitness(finding: Finding, previous: unknown, current: unknown): Finding {
  const { witness } = finding;
  if (!witness) return finding;
  const candidates = [
    ...(finding.ruleId === 'property-added-required' ? [withoutProperty(witness, finding.pointer)] : []),
    witness,
  ].filter((w): w is Witness => w !== undefined);
  const holding = candidates.find((w) => holds(w, previous as JsonSchema, current as JsonSchema));
  if (holding === witness) return finding;
  const { witness: _dropped, ...rest } = finding;
  return holding ? { ...rest, witness: holding } : rest;
}

function holds(witness: Witness, previous: JsonSchema, current: JsonSchema): boolean {
  const [accepting, rejecting] = witness.acceptedBy === 'old' ? [previous, current] : [current, previous];
  return accepts(accepting, witness.payload) === true && accepts(rejecting, witness.payload) === false;
}

/** The payload without the property a `/properties/a/properties/b` pointer names; undefined for other pointers. */
function withoutProperty(witness: Witness, pointer: string): Witness | undefined {
  const tokens = splitPointer(pointer);
  if (tokens.length === 0 || tokens.length % 2 !== 0 || tokens.some((t, i) => i % 2 === 0 && t !== 'properties'))
    return undefined;
  const path = tokens.filter((_, i) => i % 2 === 1);
  const payload = structuredClone(witness.payload);
  let node: unknown = payload;
  for (const key of path.slice(0, -1)) node = isRecord(node) ? node[key] : undefined;
  if (!isRecord(node) || !Object.hasOwn(node, path.at(-1)!)) return undefined;
  delete node[path.at(-1)!];
  return { ...witness, payload };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
