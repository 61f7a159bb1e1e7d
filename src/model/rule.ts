/**
 * Rule metadata and the lint-rule contract (ESLint's shape: one module per rule, docs attached).
 */
import type { Effect, FindingDraft, Severity } from './finding.js';
import type { ContractRepo } from './repo.js';

export interface RuleDocs {
  /** Stable kebab-case id; equals the module's file name. */
  id: string;
  /** One line, shown by `evt rules` and in the README table. */
  summary: string;
  /** Why the rule exists. */
  rationale: string;
  /** A tiny before/after example. */
  example: { bad: string; good: string };
}

export interface LintRule extends RuleDocs {
  kind: 'name' | 'schema' | 'repo';
  defaultSeverity: Severity;
  /**
   * Its findings on a document depend only on that document (path and content) and the config,
   * as long as the document has no `$ref` to another file: `--cache` may reuse them per file.
   */
  perDocument?: boolean;
  /** Pure check over the loaded repo; severity is applied afterwards from config. */
  check(repo: ContractRepo): FindingDraft[];
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

export interface DiffRule extends RuleDocs {
  /** What the change kind typically does to the accepted set (the walker may refine per change). */
  effect: Effect;
}
