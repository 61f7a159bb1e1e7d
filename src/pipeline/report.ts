/**
 * The last stages of a run: approvals applied to the positioned findings, and the report. Light on
 * purpose (no rules, no differ): the --cache replay builds its report with these alone.
 */
import { applyApprovals } from '../approvals/apply.js';
import { APPROVALS_FILE, readApprovals, type Approval } from '../approvals/file.js';
import { fingerprint } from '../approvals/fingerprint.js';
import { approvalUnused } from '../approvals/rules/approval-unused.js';
import { ruleEntry } from '../rules/entry.js';
import type { Finding } from '../model/finding.js';
import { createReport, type Report } from '../model/report.js';
import type { ContractRepo } from '../model/repo.js';
import type { RuleEntry } from '../model/rule.js';
import type { RunRequest } from './request.js';

/** What a stage found, and its notes. */
export interface Found {
  findings: Finding[];
  notes: string[];
}

/**
 * What the checks of a run found, positioned, before approvals (what the --cache replay stores),
 * with the docs of the rules that ran: reporters read rule metadata from the report.
 */
export interface Checked extends Found {
  rules: readonly RuleEntry[];
}

/** What the report stage reads of the request. */
type ReportRequest = Pick<RunRequest, 'command' | 'today' | 'changed'>;

/**
 * Approvals applied (from the approvals file as it is now, and today's date), findings sorted,
 * each with its fingerprint (what an approval of it names).
 */
export function reportStage(
  repo: Pick<ContractRepo, 'root' | 'config'>,
  request: ReportRequest,
  checked: Checked,
): Report {
  return reportFromChecked(repo.root, repo.config.approvals, request, checked);
}

/** reportStage without a repo model: the --cache replay knows the root and the approvals path only. */
export function reportFromChecked(
  root: string,
  approvals: string | undefined,
  request: ReportRequest,
  checked: Checked,
): Report {
  const file = approvals ?? APPROVALS_FILE;
  const entries = readApprovals(root, file);
  const findings = checked.findings.map((f) => (f.fingerprint ? f : { ...f, fingerprint: fingerprint(f) }));
  const approved = applyApprovals(findings, entries, request.today);
  const unused = everyFinding(request) ? unusedApprovalFindings(file, entries, findings) : [];
  const known = checked.rules.some((r) => r.id === approvalUnused.id);
  const rules = unused.length > 0 && !known ? [...checked.rules, ruleEntry(approvalUnused)] : checked.rules;
  return createReport(request.command, root, [...approved, ...unused], checked.notes, rules);
}

/**
 * Only a full `evt check` sees every finding an approval may name: lint alone has no diff
 * findings, diff no lint findings, and --changed only the changed events'.
 */
function everyFinding(request: ReportRequest): boolean {
  return request.command === 'check' && !request.changed;
}

/** approval-unused's findings, graded by the rule (the report stage runs without the rule registry). */
function unusedApprovalFindings(file: string, approvals: readonly Approval[], findings: readonly Finding[]): Finding[] {
  const fingerprints = new Set(findings.map((f) => f.fingerprint!));
  return approvalUnused
    .check({ file, approvals, fingerprints })
    .map((draft) => ({ ruleId: approvalUnused.id, ...draft, severity: approvalUnused.defaultSeverity }));
}
