/**
 * Every rule evt has, lint and diff alike, as documentation data: what `evt rules` prints and the
 * README's rule table is generated from.
 */
import { PAIR_RULES } from './versions/rules/index.js';
import { DIFF_RULES } from './diff/index.js';
import { LINT_RULES } from './lint/rules.js';
import type { Severity } from './model/finding.js';

export interface RuleEntry {
  id: string;
  /** name, schema, repo (lint) or diff. */
  kind: string;
  /** Default severity; diff rules say "by mode" since policy computes theirs. */
  defaultSeverity: Severity | 'by mode';
  summary: string;
  rationale: string;
  example: { bad: string; good: string };
}

export function ruleCatalog(): RuleEntry[] {
  const entry = (kind: string, r: Omit<RuleEntry, 'kind'>): RuleEntry => ({
    id: r.id,
    kind,
    defaultSeverity: r.defaultSeverity,
    summary: r.summary,
    rationale: r.rationale,
    example: r.example,
  });
  // diff rules have no fixed severity: policy computes it from the compatibility mode and the effect
  const diff = DIFF_RULES.map((r) =>
    entry('diff', { ...r, defaultSeverity: 'by mode', summary: `${r.summary} (${r.effect})` }),
  );
  return [...LINT_RULES.map((r) => entry(r.kind, r)), ...diff, ...PAIR_RULES.map((r) => entry('version', r))];
}

/** The README table: one row per rule, in catalog order. */
export function renderRulesMarkdown(rules: RuleEntry[] = ruleCatalog()): string {
  const rows = rules.map(
    (r) => `| \`${r.id}\` | ${r.kind} | ${r.defaultSeverity} | ${r.summary.replaceAll('|', '\\|')} |`,
  );
  return ['| rule id | kind | default severity | what it checks |', '|---|---|---|---|', ...rows].join('\n');
}
