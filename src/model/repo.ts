/**
 * The contract repo as plain data: what `loadContractRepo` reads once and every rule shares.
 */
import type { EvtConfig } from './config.js';

export type SourceFormat = 'json' | 'yaml';

/** Where a JSON pointer sits in the source text (1-based). */
export interface SourcePosition {
  line: number;
  column: number;
}

export interface ParseError {
  message: string;
  line: number;
  column: number;
  /**
   * Set when the problem is a load limit or a hazard rather than a syntax error: the id of the rule
   * that reports it (schema-too-large, schema-too-deep, schema-duplicate-key, schema-not-utf8).
   * Such a document is not parsed either; rules that report syntax errors skip these.
   */
  ruleId?: string;
  /** JSON pointer of the problem, when known (a duplicate key's member). */
  pointer?: string;
}

/** One schema file, parsed once. */
export interface SchemaDoc {
  /** Repo-relative POSIX path. */
  file: string;
  format: SourceFormat;
  text: string;
  /**
   * The parsed document; undefined when `parseError` is set, except for a duplicate key
   * (`schema-duplicate-key`): then the last-wins value JSON.parse and ajv take, which diff compares.
   */
  json: unknown;
  parseError?: ParseError;
  /**
   * A thread's light copy of a document (src/plan/sharded.ts) has no text: where its root `$id`,
   * `id` and `title` sit, for the repo-wide rules that point at them.
   */
  positions?: Record<string, SourcePosition>;
}

/** A version as read from a path or a name, in one of the supported formats. */
export interface Version {
  /** The text as written (`3`, `1.2.0`, `1-0-2`). */
  raw: string;
  format: 'integer' | 'semver' | 'schemaver';
  /** Numeric parts: [N] for integer, [major, minor, patch] for semver, [model, revision, addition] for SchemaVer. */
  parts: number[];
}

/** One version of one event type's payload schema. */
export interface EventVersion {
  /** The full event name (for the SalesTalk style it includes the `.vN` segment). */
  event: string;
  /** Null for single-version (flat) layouts. */
  version: Version | null;
  doc: SchemaDoc;
}

/** An event type with all its kept versions, oldest first. */
export interface EventContract {
  /** The event name without any version segment (`classification.performed`). */
  name: string;
  versions: EventVersion[];
}

/** A registry file: event name -> versions, as found in it. */
export interface RegistryFile {
  doc: SchemaDoc;
  entries: RegistryEntry[];
}

export interface RegistryEntry {
  event: string;
  /** Versions the registry lists for the event (empty when it lists none). */
  versions: string[];
  /** JSON pointer of the entry inside the registry file. */
  pointer: string;
}

/** The TypeScript string-literal union of all event names. */
export interface UnionFile {
  file: string;
  text: string;
  literals: Array<{ name: string; line: number; column: number }>;
}

export interface ContractRepo {
  /** Absolute path of the repo root. */
  root: string;
  config: EvtConfig;
  /** Name of the detected or configured layout preset. */
  layout: string;
  events: EventContract[];
  /** Every schema document read, including envelope and unmatched schemas, sorted by file. */
  docs: SchemaDoc[];
  /**
   * Files the loader refused to parse for a limit or hazard (`parseError.ruleId` says which:
   * too large, too deep, not UTF-8, duplicate keys). Kept out of `docs` so that schema rules, which
   * report syntax errors of `docs`, do not report them a second time; still placed in `events`.
   */
  rejected?: SchemaDoc[];
  /**
   * Shared definition files (role `definitions`): in `docs`, linted as schemas, never events. Declared
   * (`layout.definitions`) or detected: a file another schema `$ref`s. Sorted.
   */
  definitions?: string[];
  envelope?: SchemaDoc;
  registry?: RegistryFile;
  union?: UnionFile;
  /** The enclosing work tree's `.gitignore` (absolute path) that ignores the repo's directory, when one does. */
  ignoredBy?: string;
  /** Repo-relative paths evt saw but could not place (symlinks out of the repo, unreadable files). */
  skipped: Array<{ file: string; reason: string }>;
}

/** Two versions of one event's payload schema to compare: `previous` is older (or the git ref's). */
export interface VersionPair {
  event: string;
  previous: EventVersion;
  current: EventVersion;
  /** Where `previous` came from: a kept version in the tree, or a git revision. */
  origin: 'tree' | 'git';
}
