/**
 * The last stages of a run: approvals applied to the positioned findings, and the report. Light on
 * purpose (no rules, no differ): the --cache replay builds its report with these alone.
 */
import { applyApprovals } from '../approvals/apply.js';
import { readApprovals } from '../approvals/file.js';
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

/** Approvals applied (from the approvals file as it is now, and today's date), findings sorted. */
export function reportStage(
  repo: Pick<ContractRepo, 'root' | 'config'>,
  request: Pick<RunRequest, 'command' | 'today'>,
  checked: Checked,
): Report {
  return reportFromChecked(repo.root, repo.config.approvals, request, checked);
}

/** reportStage without a repo model: the --cache replay knows the root and the approvals path only. */
export function reportFromChecked(
  root: string,
  approvals: string | undefined,
  request: Pick<RunRequest, 'command' | 'today'>,
  checked: Checked,
): Report {
  const approved = applyApprovals(checked.findings, readApprovals(root, approvals), request.today);
  return createReport(request.command, root, approved, checked.notes, checked.rules);
}
