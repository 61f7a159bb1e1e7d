/**
 * A stable identity for a finding, so an approval survives unrelated edits, reordering and file
 * moves (Buf's breaking-change baseline and oasdiff's ignore files key the same way: what changed,
 * where in the schema, between which versions; never the line number).
 */
import { createHash } from 'node:crypto';
import type { Finding } from '../model/finding.js';

export type FingerprintInput = Pick<Finding, 'ruleId' | 'event' | 'file' | 'versions' | 'pointer'>;

/**
 * 16 hex digits of sha256 over (rule id, event, versions from -> to, pointer). A finding without an
 * event (a repo-level lint finding) is keyed by its file instead, so two such findings in different
 * files do not share an approval.
 */
export function fingerprint(finding: FingerprintInput): string {
  const subject = finding.event ?? (finding.file === undefined ? '' : `file:${finding.file}`);
  const key = JSON.stringify([
    finding.ruleId,
    subject,
    finding.versions?.from ?? '',
    finding.versions?.to ?? '',
    finding.pointer,
  ]);
  return createHash('sha256').update(key).digest('hex').slice(0, 16);
}
