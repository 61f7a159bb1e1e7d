/**
 * Every rule evt has, as documentation data: what `evt rules` prints, what the README's rule table
 * is generated from, and what a Report carries for the reporters that embed rule docs (SARIF).
 */
import type { RuleEntry } from '../model/rule.js';
import { ruleEntry } from './entry.js';
import { RULES } from './index.js';

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
