/**
 * lintRepo: every lint rule over the loaded repo, severities applied from config, one Report.
 */
import type { Finding, FindingDraft, Severity, SeveritySetting } from '../model/finding.js';
import { createReport, type Report } from '../model/report.js';
import type { ContractRepo } from '../model/repo.js';
import type { LintRule } from '../model/rule.js';
import { LINT_RULES } from './rules.js';

export function lintRepo(repo: ContractRepo, rules: readonly LintRule[] = LINT_RULES): Report {
  return createReport('lint', repo.root, runLintRules(repo, rules), [`layout: ${repo.layout}`]);
}

/** Findings of the given rules, with config severities applied and `off` rules skipped. */
export function runLintRules(repo: ContractRepo, rules: readonly LintRule[] = LINT_RULES): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    const severity = resolveSeverity(rule.defaultSeverity, repo.config.rules[rule.id]);
    if (severity === 'off') continue;
    for (const draft of rule.check(repo)) findings.push(withSeverity(draft, rule.id, severity));
  }
  return findings;
}

/** A configured severity wins over the default; a draft may carry its own (rules that grade findings). */
export function resolveSeverity(defaultSeverity: Severity, configured: SeveritySetting | undefined): SeveritySetting {
  return configured ?? defaultSeverity;
}

function withSeverity(draft: FindingDraft, ruleId: string, severity: Severity): Finding {
  return { ...draft, ruleId: draft.ruleId || ruleId, severity: draft.severity ?? severity };
}
