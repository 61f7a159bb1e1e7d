/**
 * One rule as documentation data. Apart from the catalog (which loads every rule), so the report
 * stage can name the one rule it runs itself without loading the registry.
 */
import type { Rule, RuleEntry, RuleKind } from '../model/rule.js';
import type { RuleFamily } from './family.js';

const KIND_OF_FAMILY: Record<RuleFamily, RuleKind> = {
  names: 'name',
  schemas: 'schema',
  repo: 'repo',
  diff: 'diff',
  versions: 'version',
  approvals: 'approval',
};

/** A rule's documentation entry, as `evt rules` lists it. */
export function ruleEntry(rule: Rule): RuleEntry {
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
