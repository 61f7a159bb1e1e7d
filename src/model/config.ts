/**
 * The shape of evt.config.yaml after defaults and the chosen preset are applied.
 * The JSON Schema that validates the raw file lives in schemas/evt-config.schema.json.
 */
import type { SeveritySetting } from './finding.js';

export type VersionFormat = 'integer' | 'semver' | 'schemaver';
export type CompatibilityMode = 'backward' | 'forward' | 'full' | 'none';
export type ContentPolicy = 'strict' | 'lenient';
export type SegmentCase = 'snake' | 'lower' | 'camel' | 'kebab' | 'any';

interface LayoutConfig {
  /**
   * Path templates, relative to the repo root, that say where payload schemas live.
   * `{event}` is the whole dotted name, `{version}` the version, `{contract}` and `{*}` a directory
   * that is not part of the name; any other `{placeholder}` is one name segment, joined in order.
   */
  schemas: string[];
  /** Repo-relative path of the envelope schema, if any; `false`: the repo has none (no detection). */
  envelope?: string | false;
  /** Repo-relative path of the registry JSON/YAML, if any; `false`: the repo has none (no detection). */
  registry?: string | false;
  /** Repo-relative path of the TypeScript union file, if any; `false`: the repo has none (no detection). */
  union?: string | false;
  // --- issue 19: shared definition files ---
  /**
   * Path templates (`{*}`, `{**}/` as in `schemas`) of shared definition files: linted as schemas,
   * never as events. Unset: files other schemas `$ref` are detected as definitions.
   */
  definitions?: string[];
  // --- end issue 19 ---
  versionFormat: VersionFormat;
  /** SalesTalk style: the version is the last name segment (`narrative.generated.v2`). */
  versionInName: boolean;
}

export interface NamingConfig {
  pattern: string;
  maxLength: number;
  minSegments: number;
  maxSegments: number;
  segmentCase: SegmentCase;
  /** Index of the segment that must be a past-tense verb; negative counts from the end (-1 = last). */
  verbSegment: number;
  /** Words accepted as past tense even though evt's rules say otherwise. */
  pastTenseAllow: string[];
  versionSegment: 'required' | 'forbidden';
  /** Field names a payload must not carry raw (Go4u's no-raw-PII convention); empty disables. */
  piiFields: string[];
}

/**
 * @public Exported although no module imports it by name: it is the type of the public
 * DEFAULT_COMPATIBILITY, and declaration emit can only name an exported type.
 */
export interface CompatibilityConfig {
  mode: CompatibilityMode;
  policy: ContentPolicy;
  transitive: boolean;
  /** Per-event overrides, keyed by event name. */
  events: Record<string, { mode?: CompatibilityMode; policy?: ContentPolicy }>;
  /**
   * What consumers do with a member their schema does not declare: `reject` (they validate against
   * the schema they were built with, so a closed object rejects it) or `ignore` (they skip it).
   */
  unknownFields: UnknownFields;
  /** The envelope field that names the payload's version (sguild `schema_version`), for migration hints. */
  versionField?: string;
}

/** The consumers' policy for unknown fields (COMPATIBILITY.md, "What consumers do with unknown fields"). */
export type UnknownFields = 'reject' | 'ignore';

// --- issue 19: vocabularies and conventions of the schemas themselves ---
interface SchemasConfig {
  /** Extra keywords the repo's schemas use on purpose (a vendor vocabulary): never reported as unknown. */
  keywords: string[];
  /** Extra `format` values: a regular expression a format must match, or `any` to accept every format. */
  formats?: string;
  /**
   * How a payload schema's `$id` is built: a template with `{event}`, `{version}`, `{file}` or name
   * segments (`https://example.com/{event}.json`, `{aggregate}${action}`), or `none`. Unset: detected.
   */
  idTemplate?: string;
  /** How a payload schema's `title` is built (`{event} payload v{version}`); unset: only titles that are event names are compared. */
  titleTemplate?: string;
}
// --- end issue 19 ---

export interface EvtConfig {
  /** The preset the defaults came from. */
  preset: PresetName;
  layout: LayoutConfig;
  naming: NamingConfig;
  /** What the schemas themselves may use and how they name themselves (issue 19). */
  schemas: SchemasConfig;
  /** Severity overrides per rule id (lint and diff rules alike). */
  rules: Record<string, SeveritySetting>;
  compatibility: CompatibilityConfig;
  scaffold: { templates?: string };
  /** Repo-relative path of the approvals file. */
  approvals: string;
  /**
   * Deprecations recorded outside the schemas: `event` or `event@version` -> its sunset date
   * (YYYY-MM-DD). Removing a deprecated event or version after its sunset is info, not an error.
   */
  deprecations: Record<string, string>;
  /** Path of the config file this came from, repo-relative; undefined when none was found. */
  source?: string;
}

/** The presets, in the order `evt init --preset` and the config schema list them. */
export const PRESET_NAMES = ['default', 'goodgo', 'sguild', 'go4u', 'salestalk'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];
