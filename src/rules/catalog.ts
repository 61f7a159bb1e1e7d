/**
 * Every rule evt has, as documentation data: what `evt rules` prints, what the README's rule table
 * is generated from, and what a Report carries for the reporters that embed rule docs (SARIF).
 */
import type { Rule, RuleEntry, RuleKind } from '../model/rule.js';
import type { RuleFamily } from './family.js';
import { RULES } from './index.js';

const KIND_OF_FAMILY: Record<RuleFamily, RuleKind> = {
  names: 'name',
  schemas: 'schema',
  repo: 'repo',
  diff: 'diff',
  versions: 'version',
};

function ruleEntry(rule: Rule): RuleEntry {
  const { summary, rationale, example } = rule.docs;
  // diff rules have no fixed severity: policy computes it from the compatibility mode and the effect
  const byMode = rule.scope === 'node';
  return {
    id: rule.id,
    kind: rule.kind ?? KIND_OF_FAMILY[rule.family],
    defaultSeverity: byMode ? 'by mode' : rule.defaultSeverity,
    summary: byMode ? `${summary} (${rule.effect})` : summary,
    rationale,
    example,
  };
}

export function ruleCatalog(): RuleEntry[] {
  return RULES.map(ruleEntry);
}

/** The README table: one row per rule, in catalog order. */
export function renderRulesMarkdown(rules: RuleEntry[] = ruleCatalog()): string {
  const rows = rules.map(
    (r) => `| \`${r.id}\` | ${r.kind} | ${r.defaultSeverity} | ${r.summary.replaceAll('|', '\\|')} |`,
  );
  return ['| rule id | kind | default severity | what it checks |', '|---|---|---|---|', ...rows].join('\n');
}
