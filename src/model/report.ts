import { SEVERITY_RANK, type Finding, type Severity } from './finding.js';
import type { RuleEntry } from './rule.js';

/** Version of the public JSON report shape. Bump on any incompatible change. */
export const REPORT_SCHEMA_VERSION = 1;

export interface ReportSummary {
  error: number;
  warning: number;
  info: number;
  /** Number of findings that an approval covers. */
  approved: number;
}

export interface Report {
  schemaVersion: typeof REPORT_SCHEMA_VERSION;
  tool: 'evt';
  /** The command that produced the report: lint, diff or check. */
  command: string;
  /** Absolute path of the repo or files inspected (reporters print paths relative to it). */
  root: string;
  /** Findings sorted by file, pointer, rule id (deterministic output). */
  findings: Finding[];
  summary: ReportSummary;
  /** Notes that are not findings: skipped cross-checks, detected layout, etc. */
  notes: string[];
  /**
   * The docs of the rules the findings name, sorted by id, for reporters that embed them (SARIF).
   * Not in the JSON output: `evt rules --format json` has them.
   */
  rules: RuleEntry[];
}

export function summarize(findings: Finding[]): ReportSummary {
  const summary: ReportSummary = { error: 0, warning: 0, info: 0, approved: 0 };
  for (const finding of findings) {
    if (finding.approved) summary.approved++;
    else summary[finding.severity]++;
  }
  return summary;
}

function compareFindings(a: Finding, b: Finding): number {
  return (
    cmp(a.file ?? '', b.file ?? '') ||
    cmp(a.event ?? '', b.event ?? '') ||
    cmp(a.versions?.from ?? '', b.versions?.from ?? '') ||
    cmp(a.pointer, b.pointer) ||
    cmp(a.ruleId, b.ruleId) ||
    cmp(a.message, b.message)
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `rules`: the docs of every rule that may have findings here (the report keeps those it names). */
export function createReport(
  command: string,
  root: string,
  findings: Finding[],
  notes: string[] = [],
  rules: readonly RuleEntry[] = [],
): Report {
  const sorted = [...findings].sort(compareFindings);
  const named = new Set(sorted.map((f) => f.ruleId));
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: 'evt',
    command,
    root,
    findings: sorted,
    summary: summarize(sorted),
    notes,
    rules: rules.filter((r) => named.has(r.id)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
  };
}

/** True when some unapproved finding is at or above `failOn`. */
export function reportFails(report: Report, failOn: Severity): boolean {
  return report.findings.some((f) => !f.approved && SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn]);
}
