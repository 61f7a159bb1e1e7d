/**
 * Approvals applied to findings: an approved finding stays in the report (reporters show it as
 * approved) but no longer fails the run (`reportFails` skips it). An expired approval does not
 * apply: the finding fails again, and its message says since when.
 */
import type { Finding } from '../model/finding.js';
import { summarize, type Report } from '../model/report.js';
import type { Approval } from './file.js';
import { fingerprintOf } from './fingerprint.js';

/**
 * `today` is YYYY-MM-DD; an approval is valid through its `expires` date, inclusive. Returns new
 * finding objects for those it changes.
 */
export function applyApprovals(findings: readonly Finding[], approvals: readonly Approval[], today: string): Finding[] {
  if (approvals.length === 0) return [...findings];
  const byFingerprint = new Map(approvals.map((a) => [a.fingerprint, a]));
  return findings.map((finding) => {
    const approval = byFingerprint.get(fingerprintOf(finding));
    if (!approval) return finding;
    if (approval.expires < today)
      return { ...finding, message: `${finding.message} (approval expired on ${approval.expires})` };
    return { ...finding, approved: { reason: approval.reason, by: approval.approvedBy, expires: approval.expires } };
  });
}

/**
 * The report with approvals applied and its summary recounted.
 * @internal Exported no caller in src (pipeline/report.ts builds its report itself); the approvals tests use it.
 */
export function applyApprovalsToReport(report: Report, approvals: readonly Approval[], today: string): Report {
  const findings = applyApprovals(report.findings, approvals, today);
  return { ...report, findings, summary: summarize(findings) };
}

/**
 * Approvals that match no finding: the change was reverted or the finding fixed; safe to delete.
 * @internal Exported no caller in src yet; test/approvals/approvals.test.ts pins it.
 */
export function unusedApprovals(findings: readonly Finding[], approvals: readonly Approval[]): Approval[] {
  const seen = new Set(findings.map(fingerprintOf));
  return approvals.filter((a) => !seen.has(a.fingerprint));
}
