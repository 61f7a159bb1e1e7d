import type { FindingDraft, Severity } from '../model/finding.js';
import type { SchemaPair } from '../model/repo.js';
import type { RuleDocs } from '../model/rule.js';

/** What a pair's changes amount to: the least version bump they need. */
export type ChangeKind = 'none' | 'additive' | 'breaking';

/** A rule over one compared pair and its classified changes (version policy). */
export interface PairRule extends RuleDocs {
  defaultSeverity: Severity;
  check(input: { pair: SchemaPair; kind: ChangeKind }): FindingDraft[];
}
