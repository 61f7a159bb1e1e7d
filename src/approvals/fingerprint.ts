/**
 * A stable identity for a finding, so an approval survives unrelated edits, reordering and file
 * moves (Buf's breaking-change baseline and oasdiff's ignore files key the same way: what changed,
 * where in the schema, between which versions; never the line number). A schema change is also
 * keyed by what changed: the old and new subschema at its pointer, so approving the removal of
 * enum value "premium" never covers a later removal of "enhanced" at the same pointer.
 */
import { createHash } from 'node:crypto';
import type { Finding } from '../model/finding.js';

export type FingerprintInput = Pick<Finding, 'ruleId' | 'event' | 'file' | 'versions' | 'pointer'>;

/** The two sides of a schema change at its pointer (undefined where a side has nothing there). */
export interface ChangedSubschemas {
  previous: unknown;
  current: unknown;
}

/**
 * 16 hex digits of sha256 over (rule id, event, versions from -> to, pointer), and for a schema
 * change the subschemas on both sides. A finding without an event (a repo-level lint finding) is
 * keyed by its file instead, so two such findings in different files do not share an approval.
 */
export function fingerprint(finding: FingerprintInput, change?: ChangedSubschemas): string {
  const subject = finding.event ?? (finding.file === undefined ? '' : `file:${finding.file}`);
  const key = JSON.stringify([
    finding.ruleId,
    subject,
    finding.versions?.from ?? '',
    finding.versions?.to ?? '',
    finding.pointer,
    ...(change ? [digest(JSON.stringify([change.previous ?? null, change.current ?? null]))] : []),
  ]);
  return digest(key).slice(0, 16);
}

/** The fingerprint a finding carries (a schema change's, from the diff stage), else its computed one. */
export function fingerprintOf(finding: Finding): string {
  return finding.fingerprint ?? fingerprint(finding);
}

function digest(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
