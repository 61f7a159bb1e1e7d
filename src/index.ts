/**
 * evt as a library: load a contracts repo, lint it, render the report. The CLI is a thin adapter
 * over exactly these functions.
 */
export { loadContractRepo, workingTree, type LoadOptions, type RepoReader, type RepoFiles } from './repo/load.js';
export { parseSchemaText } from './repo/parse.js';
export { lintRepo } from './lint/lint.js';
export { runLintRules } from './rules/run.js';
export { DIFF_RULES, LINT_RULES, PAIR_RULES, RULES } from './rules/index.js';
export { defineRule } from './rules/define.js';
export { ruleCatalog, renderRulesMarkdown } from './rules/catalog.js';
export { REPORTERS, type Reporter, type ReporterOptions } from './reporters/index.js';
export { createReport, reportFails, REPORT_SCHEMA_VERSION, type Report, type ReportSummary } from './model/report.js';
export type {
  Finding,
  FindingDraft,
  Severity,
  SeveritySetting,
  Effect,
  BreakDirection,
  Witness,
} from './model/finding.js';
export type {
  ContractRepo,
  EventContract,
  EventVersion,
  SchemaDoc,
  Version,
  RegistryFile,
  UnionFile,
} from './model/repo.js';
export type { EvtConfig } from './model/config.js';
export type { Rule, LintRule, NodeRule, PairRule, RuleDocs, RuleEntry, Change } from './model/rule.js';
export { EvtError } from './model/errors.js';
export { runCheck, type RunTools } from './pipeline/run-check.js';
export { DEFAULT_COMPATIBILITY, type RunRequest } from './pipeline/request.js';
export { checkDir, type RunSetup } from './plan/index.js';
export { diffFiles } from './versions/diff-files.js';
export { diffVersionPairs } from './versions/diff-repo.js';
export { pairVersions } from './versions/pairs.js';
export { loadRepoAtRevision, pairAgainst } from './versions/against.js';
export { diffDocuments, diffSchemas } from './diff/index.js';
export { run } from './cli/run.js';
export { planScaffold, type ScaffoldRequest } from './scaffold/plan-scaffold.js';
export { applyPlan, type ApplyHooks } from './scaffold/apply.js';
export { renderPlan } from './scaffold/render-plan.js';
export { scaffoldEvent, type ScaffoldOptions } from './scaffold/scaffold.js';
export type { ScaffoldPlan, PlannedFile } from './scaffold/plan.js';
