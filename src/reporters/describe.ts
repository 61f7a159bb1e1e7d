/** Wording shared by the CI reporters (github, junit, markdown), so they say the same thing. */
import type { BreakDirection, Effect, Finding } from '../model/finding.js';
import { jsonWithoutRawControls } from '../util/one-line.js';

/** `file:line:column`, `file`, or `(repo)` for findings about the repo as a whole. */
export function locationOf(f: Finding): string {
  if (f.file === undefined) return '(repo)';
  return f.line === undefined ? f.file : `${f.file}:${f.line}:${f.column ?? 1}`;
}

export function versionsOf(f: Finding): string {
  return f.versions ? `${f.versions.from} -> ${f.versions.to}` : '';
}

export function approvalOf(f: Finding): string {
  return f.approved ? `approved by ${f.approved.by} until ${f.approved.expires}: ${f.approved.reason}` : '';
}

export function witnessLabel(f: Finding): string {
  if (!f.witness) return '';
  const side =
    f.witness.acceptedBy === 'old' ? (f.versions?.from ?? 'the old schema') : (f.versions?.to ?? 'the new schema');
  return `witness, accepted by ${side} only`;
}

export const EFFECT_TEXT: Record<Effect, string> = {
  narrows: 'narrows the accepted payloads',
  widens: 'widens the accepted payloads',
  both: 'narrows and widens the accepted payloads',
  neutral: 'leaves the accepted payloads unchanged',
};

export const BREAKS_TEXT: Record<BreakDirection, string> = {
  'old-consumers': 'breaks consumers still on the old schema',
  'new-consumers': 'breaks consumers on the new schema reading old events',
  both: 'breaks consumers on either schema',
};

/** Diff findings: the ones that say what a change does to the accepted payloads. */
export function isDiffFinding(f: Finding): boolean {
  return f.effect !== undefined || f.breaks !== undefined;
}

/** The witness payload as JSON, with no raw control or bidi character (it holds repo strings). */
export function witnessJson(f: Finding, indent?: number): string {
  return jsonWithoutRawControls(JSON.stringify(f.witness?.payload, null, indent));
}
