/**
 * The schema compatibility diff engine, inside one version pair: structural walk -> classified
 * changes -> findings. The levels, by name: a `NodePair` is two subschemas at one instance location
 * (engine/pair.ts, what a diff rule sees); `diffSchemas` classifies the changes between two schema
 * documents; `diffDocuments` turns them into graded findings (mode, policy, overrides, witnesses).
 * The repo level, one `VersionPair` of an event, is src/versions/ (`diffVersionPair`).
 */
import type { Finding } from '../model/finding.js';
import { crossCheck, type CrossCheckOptions } from './cross-check.js';
import { toFindings, type DiffDocumentsOptions } from './engine/findings.js';
import type { JsonSchema } from './engine/json.js';
import { isSchema } from './engine/json.js';
import { diffSchemas } from './engine/walk.js';

export { diffSchemas } from './engine/walk.js';
export type { DiffDocumentsOptions } from './engine/findings.js';

/** Diffs two versions of one schema and returns findings (the fast path: no cross-check). */
export function diffDocuments(oldDoc: unknown, newDoc: unknown, options: DiffDocumentsOptions): Finding[] {
  const changes = diffSchemas(oldDoc, newDoc, { policy: options.policy });
  return toFindings(changes, asSchema(oldDoc), asSchema(newDoc), options);
}

/** {@link diffDocuments} plus, when `crossCheck` is set, json-schema-diff's opinion (bounded; see cross-check.ts). */
export async function diffDocumentsChecked(
  oldDoc: unknown,
  newDoc: unknown,
  options: DiffDocumentsOptions & { crossCheck?: boolean } & CrossCheckOptions,
): Promise<{ findings: Finding[]; notes: string[] }> {
  const changes = diffSchemas(oldDoc, newDoc, { policy: options.policy });
  const findings = toFindings(changes, asSchema(oldDoc), asSchema(newDoc), options);
  if (!options.crossCheck) return { findings, notes: [] };
  const result = await crossCheck(oldDoc, newDoc, changes, options);
  const extra = toFindings(result.changes, asSchema(oldDoc), asSchema(newDoc), { ...options, witnesses: false });
  return { findings: [...findings, ...extra], notes: result.notes };
}

function asSchema(value: unknown): JsonSchema {
  return isSchema(value) ? value : true;
}
