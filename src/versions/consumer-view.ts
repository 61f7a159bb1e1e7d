/**
 * The schema as consumers apply it. Consumers that ignore unknown fields (sguild's "safe-to-ignore
 * on the v1 surface", SalesTalk's and Go4u's "add optional fields freely") accept a member their
 * schema does not declare: to them every closed object is open. Diffing that view makes an added
 * field on a closed object compatible for old consumers, and a removed one compatible for new
 * consumers, while every other change is judged as before (COMPATIBILITY.md, "What consumers do
 * with unknown fields").
 */
import type { UnknownFields } from '../model/config.js';
import type { SchemaDoc } from '../model/repo.js';

/** Keywords whose `false` closes an object to undeclared members. */
const CLOSING = new Set(['additionalProperties', 'unevaluatedProperties']);

export function consumerView(doc: SchemaDoc, unknownFields: UnknownFields): SchemaDoc {
  if (unknownFields === 'reject' || doc.parseError) return doc;
  return { ...doc, json: opened(doc.json) };
}

/** Keywords whose members are named by the author: a member *named* additionalProperties is kept. */
const NAME_MAPS = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas']);

/** A copy without `additionalProperties: false` / `unevaluatedProperties: false`; pointers to the rest unchanged. */
function opened(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(opened);
  if (!isRecord(node)) return node;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (CLOSING.has(key) && value === false) continue;
    copy[key] = NAME_MAPS.has(key) && isRecord(value) ? mapValues(value, opened) : opened(value);
  }
  return copy;
}

function mapValues(record: Record<string, unknown>, f: (v: unknown) => unknown): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, f(v)]));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
