/**
 * Findings are plain data (publint's lesson): rules produce them, reporters render them.
 * No text formatting, colour or process state lives here.
 */

export type Severity = 'error' | 'warning' | 'info';
/** A configured severity: `off` silences a rule entirely. */
export type SeveritySetting = Severity | 'off';

export const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** What a change does to the set of payloads a schema accepts. */
export type Effect = 'narrows' | 'widens' | 'both' | 'neutral';

/** Which consumers a breaking change breaks. */
export type BreakDirection =
  /** consumers still on the old schema reading events written under the new one (forward) */
  | 'old-consumers'
  /** consumers on the new schema reading events written under the old one (backward) */
  | 'new-consumers'
  | 'both';

/** A concrete payload that one version accepts and the other rejects, verified with ajv. */
export interface Witness {
  payload: unknown;
  acceptedBy: 'old' | 'new';
}

export interface Finding {
  /** Stable kebab-case rule id; equals the rule's module file name. */
  ruleId: string;
  severity: Severity;
  /** Event name the finding concerns, when there is one. */
  event?: string;
  /** Repo-relative POSIX path of the file the finding points into. */
  file?: string;
  /** RFC 6901 JSON pointer inside `file` ('' is the document root). */
  pointer: string;
  /** 1-based source position of `pointer`, when known. */
  line?: number;
  column?: number;
  /** One-line, human-readable message. */
  message: string;
  /** Optional fix hint (a suggested name, what to do). */
  hint?: string;
  /** Diff findings: the versions compared, e.g. { from: 'v1', to: 'v2' }. */
  versions?: { from: string; to: string };
  /** Diff findings: what the change does to the accepted set. */
  effect?: Effect;
  /** Diff findings: who breaks. */
  breaks?: BreakDirection;
  witness?: Witness;
  /**
   * What an approval matches (src/approvals/fingerprint.ts). Diff findings carry it from the diff
   * stage, since it covers the old and new subschema at the pointer; the report stage adds the rest.
   */
  fingerprint?: string;
  /** Set by approvals: the finding was accepted (it no longer fails the run). */
  approved?: { reason: string; by: string; expires: string };
}

/** What a rule returns: severity is decided later, by config and policy, never by the rule. */
export type FindingDraft = Omit<Finding, 'severity'> & { severity?: Severity };
