/**
 * The schema compatibility diff engine: structural walk -> classified changes -> findings.
 * `diffSchemas` is the raw classifier; `diffPair` applies mode, policy, overrides and witnesses.
 */
import type { Finding } from '../model/finding.js';
import { crossCheck, type CrossCheckOptions } from './cross-check.js';
import { toFindings, type DiffPairOptions } from './engine/findings.js';
import type { JsonSchema } from './engine/json.js';
import { isSchema } from './engine/json.js';
import { diffSchemas } from './engine/walk.js';

export { diffSchemas } from './engine/walk.js';
export type { DiffPairOptions } from './engine/findings.js';

/** Diffs two versions of one schema and returns findings (the fast path: no cross-check). */
export function diffPair(oldDoc: unknown, newDoc: unknown, options: DiffPairOptions): Finding[] {
  const changes = diffSchemas(oldDoc, newDoc, { policy: options.policy });
  return toFindings(changes, asSchema(oldDoc), asSchema(newDoc), options);
}

/** {@link diffPair} plus, when `crossCheck` is set, json-schema-diff's opinion (bounded; see cross-check.ts). */
export async function diffPairChecked(
  oldDoc: unknown,
  newDoc: unknown,
  options: DiffPairOptions & { crossCheck?: boolean } & CrossCheckOptions,
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
