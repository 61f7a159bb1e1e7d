import type { CompatibilityMode, ContentPolicy } from '../model/config.js';
import type { Finding, SeveritySetting } from '../model/finding.js';
import type { SchemaDoc } from '../model/repo.js';

interface SchemaDiffOptions {
  mode: CompatibilityMode;
  policy: ContentPolicy;
  /** Per-rule severity overrides from config. */
  rules: Record<string, SeveritySetting>;
  /** Labels of the two sides, e.g. { from: 'v1', to: 'v2' }. */
  versions: { from: string; to: string };
  event?: string;
}

/** What one pair's comparison found, and notes for the report (e.g. a cross-check that was skipped). */
export interface PairResult {
  findings: Finding[];
  notes: string[];
}

/** Compares two parsed schema documents (the engine under one version pair); findings point into `current.file` (or `previous.file` for removals). */
export type SchemaDiffer = (
  previous: SchemaDoc,
  current: SchemaDoc,
  options: SchemaDiffOptions,
) => PairResult | Promise<PairResult>;
