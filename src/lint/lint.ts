/**
 * lintRepo: every lint rule over the loaded repo, severities applied from config, one Report.
 */
import { createReport, type Report } from '../model/report.js';
import type { ContractRepo } from '../model/repo.js';
import type { LintRule } from '../model/rule.js';
import { ruleCatalog } from '../rules/catalog.js';
import { LINT_RULES } from '../rules/index.js';
import { runLintRules } from '../rules/run.js';
import { lintNotes } from './notes.js';

export function lintRepo(repo: ContractRepo, rules: readonly LintRule[] = LINT_RULES): Report {
  const notes = [`layout: ${repo.layout}`, ...lintNotes(repo)];
  return createReport('lint', repo.root, runLintRules(repo, rules), notes, ruleCatalog());
}
