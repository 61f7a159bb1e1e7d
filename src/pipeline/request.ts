/**
 * What a run is asked to do, parsed once (the CLI's src/cli/request.ts, or a library caller) and
 * read by every stage. `mode` and `policy` are overrides: left out, each event's config decides,
 * and a repo without config gets the preset default (full, lenient) that `evt diff a.json b.json`
 * uses too (DEFAULT_COMPATIBILITY).
 */
import type { CompatibilityMode, ContentPolicy } from '../model/config.js';
import { presetConfig } from '../repo/presets.js';

export interface RunRequest {
  /** The command the report names: lint, diff or check. */
  command: string;
  lint: boolean;
  diff: boolean;
  /** Compare the tree with this git revision instead of (only) kept versions. */
  against?: string;
  /** Only events whose files changed since `against`. */
  changed?: boolean;
  /** Overrides the config's mode for every event (--mode). */
  mode?: CompatibilityMode;
  /** Overrides the config's content policy for every event (--policy). */
  policy?: ContentPolicy;
  /** Compare the newest version with every kept earlier one. */
  transitive?: boolean;
  /** Attach witnesses: always, never, or 'auto' (when few enough pairs are compared to afford it). */
  witnesses?: boolean | 'auto';
  /** Cross-check every pair with json-schema-diff (bounded; off by default: it is slow). */
  crossCheck?: boolean;
  /** YYYY-MM-DD, for approval expiry. */
  today: string;
}

/** The one default mode and policy: a repo without config, and two files outside any repo. */
export const DEFAULT_COMPATIBILITY = presetConfig('default').compatibility;

/** Witnesses cost an ajv compile per schema; beyond this many pairs they are left out unless asked. */
const AUTO_WITNESS_PAIRS = 200;

/** Whether witnesses are built for a run comparing `pairs` pairs. */
export function witnessesFor(pairs: number, option: RunRequest['witnesses']): boolean {
  return option === 'auto' || option === undefined ? pairs <= AUTO_WITNESS_PAIRS : option;
}

/** The notes a diff run starts with: how many pairs, and witnesses left out. */
export function diffNotes(pairs: number, option: RunRequest['witnesses'], witnesses: boolean): string[] {
  const notes =
    witnesses || option === false
      ? []
      : [`witnesses left out for ${pairs} pairs (more than ${AUTO_WITNESS_PAIRS}); pass --witnesses to build them`];
  return [...notes, `compared ${pairs} version pair${pairs === 1 ? '' : 's'}`];
}
