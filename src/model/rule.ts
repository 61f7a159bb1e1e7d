/**
 * The one rule contract (ESLint's shape: one module per rule, docs attached), for every family.
 * A rule is data plus one `check`; `defineRule` (src/rules/define.ts) checks the family against
 * the id, and the runner (src/rules/run.ts) stamps the id on what the check finds and applies the
 * configured severity. The scope says what a check reads, and so how the stages may run it.
 */
import type { Approval } from '../approvals/file.js';
import type { NodePair, InstanceFamily } from '../diff/engine/pair.js';
import type { RuleFamily } from '../rules/family.js';
import type { Effect, Finding, FindingDraft, Severity } from './finding.js';
import type { ContractRepo, Version, VersionPair } from './repo.js';

export interface RuleDocs {
  /** One line, shown by `evt rules` and in the README table. */
  summary: string;
  /** Why the rule exists. */
  rationale: string;
  /** A tiny before/after example. */
  example: { bad: string; good: string };
}

/** The kind column of `evt rules` and the README table. */
export type RuleKind = 'name' | 'schema' | 'repo' | 'diff' | 'version' | 'approval';

interface RuleBase {
  /** Stable kebab-case id; equals the module's file name (`src/<family>/rules/<id>.ts`). */
  id: string;
  /** Read off the id by `familyOf`; written in the module so a reader sees it, checked by `defineRule`. */
  family: RuleFamily;
  docs: RuleDocs;
  /**
   * The kind the rule is listed as, when it is not its family's: `schema-id-mismatch` and
   * `schema-title-mismatch` compare a schema with its file name and are listed as repo rules.
   */
  kind?: RuleKind;
}

/** What a check reports: the runner adds the rule id, and the severity unless the check grades it. */
export type RuleFinding = Omit<FindingDraft, 'ruleId'>;

/** What a lint or version-policy check receives besides its input: the rule it runs as. */
export interface RuleContext {
  readonly ruleId: string;
}

/**
 * Findings on a document depend only on that document (path and content) and the config, as long
 * as the document has no `$ref` to another file: `--cache` may reuse them per file, and a sharded
 * run may check each half of the documents on its own thread.
 */
interface DocumentRule extends RuleBase {
  scope: 'document';
  defaultSeverity: Severity;
  check(repo: ContractRepo, context: RuleContext): RuleFinding[];
}

/** Reads the repo as a whole (names across events, registry and union sync, version gaps). */
interface RepoRule extends RuleBase {
  scope: 'repo';
  defaultSeverity: Severity;
  /**
   * Its findings are wrong on a repo holding only some events (a `--changed` run reads only the
   * changed events' files): orphans of the events not read, near-duplicates among names not read.
   * Such rules are left out of partial runs; the other repo rules judge the events they are given.
   */
  needsEveryEvent?: boolean;
  check(repo: ContractRepo, context: RuleContext): RuleFinding[];
}

/** What a pair's changes amount to: the least version bump they need. */
export type ChangeKind = 'none' | 'additive' | 'breaking';

/** What a version-policy rule judges: one compared pair and what its changes amount to. */
export interface PairInput {
  pair: VersionPair;
  kind: ChangeKind;
  /** The pair's diff findings, graded by the compatibility mode before the version step is judged. */
  changes?: readonly Finding[];
  /** The envelope field that names the payload version (config compatibility.versionField). */
  versionField?: string;
}

/** A published event or version the tree no longer has, compared with a git revision. */
export interface Removal {
  event: string;
  /** The removed version as the base had it; null when the whole event is gone. */
  version: Version | null;
  /** The file it was published in, at the base. */
  file: string;
  /** Deprecated before the removal: in the base schema (`deprecated: true`) or in config `deprecations`. */
  deprecation?: { sunset?: string; where: 'schema' | 'config' };
  /** Producers and consumers the registry records for the event. */
  dependents: string[];
  /** Events added since the base whose schema is the removed one's: a rename shows as removal + addition. */
  renamedTo: string[];
}

/** What a removal rule judges: one removal, on the day of the run (sunsets are dates). */
export interface RemovalInput {
  removal: Removal;
  /** YYYY-MM-DD */
  today: string;
}

/** Version policy over something published that the tree removed. */
export interface RemovalRule extends RuleBase {
  scope: 'removal';
  defaultSeverity: Severity;
  check(input: RemovalInput, context: RuleContext): RuleFinding[];
}

/**
 * What an approvals rule reads: the approvals file and the fingerprints of the run's findings.
 * @public Exported although no module imports it by name: declaration emit names it in approvalUnused's type.
 */
export interface ApprovalsInput {
  /** Repo-relative path of the approvals file. */
  file: string;
  approvals: readonly Approval[];
  fingerprints: ReadonlySet<string>;
}

/** A rule over the approvals file, run by the report stage once every finding is known. */
interface ApprovalsRule extends RuleBase {
  scope: 'approvals';
  defaultSeverity: Severity;
  check(input: ApprovalsInput, context: RuleContext): RuleFinding[];
}

/** Version policy over one compared pair, once its changes are classified. */
export interface PairRule extends RuleBase {
  scope: 'pair';
  defaultSeverity: Severity;
  check(input: PairInput, context: RuleContext): RuleFinding[];
}

/**
 * A change kind found by the diff walker on one pair of schema nodes. It has no severity: policy
 * computes one from what the change does to the accepted set and the compatibility mode.
 * `pair.emit` stamps the rule id.
 */
export interface NodeRule extends RuleBase {
  scope: 'node';
  /** What the change kind typically does to the accepted set (the walker may refine per change). */
  effect: Effect;
  /** Run only when both nodes admit this instance type (otherwise a type rule explains the change). */
  instanceType?: InstanceFamily;
  check(pair: NodePair): void;
}

export type LintRule = DocumentRule | RepoRule;
export type Rule = LintRule | PairRule | NodeRule | RemovalRule | ApprovalsRule;

/** A rule as documentation data: what `evt rules` lists and a Report carries for its reporters. */
export interface RuleEntry {
  id: string;
  /** name, schema, repo (lint), diff or version. */
  kind: string;
  /** Default severity; diff rules say "by mode" since policy computes theirs. */
  defaultSeverity: Severity | 'by mode';
  summary: string;
  rationale: string;
  example: { bad: string; good: string };
}

/** One classified difference between two schemas, found by a diff rule. */
export interface Change {
  ruleId: string;
  /** JSON pointer into the new schema (or the old one, for removals). */
  pointer: string;
  effect: Effect;
  /**
   * Widening changes that are additive by convention but can still break exhaustive consumers
   * (new enum values, new union branches); they default to warning in the modes where widening breaks.
   */
  additiveByConvention?: boolean;
  message: string;
}
