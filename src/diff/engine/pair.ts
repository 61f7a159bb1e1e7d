import type { Effect } from '../../model/finding.js';
import type { ContentPolicy } from '../../model/config.js';
import type { Change } from '../../model/rule.js';
import { joinPointer } from '../../util/json-pointer.js';
import type { JsonSchema } from './json.js';
import type { Norm } from './norm.js';

/** One step of the instance path a change sits at (used to place witness values). */
export type PathSegment = string | number | { pattern: string } | { additional: true };

/** Where a pair of subschemas sits: pointers into each document, and the instance path. */
export interface Location {
  oldPtr: string;
  newPtr: string;
  oldBase: string;
  newBase: string;
  path: PathSegment[];
}

/** Hints for the witness builder: values worth trying at the change's instance path. */
export interface WitnessHint {
  candidates?: unknown[];
  /** A length/count to try: string length, array length or number of members, by the value found. */
  length?: number;
  /** Try an array with a repeated element (uniqueItems). */
  duplicate?: boolean;
  /** Which side the hinted candidates come from ('old' values for narrowing, 'new' for widening). */
  side?: 'old' | 'new';
}

/** A change as the walker records it: the public {@link Change} plus what witnesses need. */
export interface DiffChange extends Change {
  oldPointer: string;
  path: PathSegment[];
  hint?: WitnessHint;
}

/** A change as a rule reports it; `emit` stamps the id of the rule that runs. */
export interface Emitted {
  effect: Effect;
  message: string;
  /** Report the change at the old document's pointer (removals). */
  onOld?: boolean;
  at?: Location;
  additiveByConvention?: boolean;
  hint?: WitnessHint;
}

/** What a rule sees: both normalised nodes, where they are, and ways to record and recurse. */
export interface NodePair {
  readonly old: Norm;
  readonly new: Norm;
  readonly at: Location;
  readonly policy: ContentPolicy;
  emit(change: Emitted): void;
  /**
   * Compares two subschemas. `at` may be a function: most subschema pairs of a new version are
   * unchanged and skipped before their location is read, so building it is wasted on them.
   */
  descend(
    oldSchema: JsonSchema,
    newSchema: JsonSchema,
    at: Location | (() => Location),
    options?: { invert?: boolean },
  ): void;
  /** The combined effect of diffing two subschemas, without recording their changes. */
  probe(oldSchema: JsonSchema, newSchema: JsonSchema, at?: Location): Effect;
  /** Dereferences a child schema of the old (or new) document. */
  deref(side: 'old' | 'new', schema: JsonSchema, base: string): JsonSchema;
}

export type InstanceFamily = 'string' | 'number' | 'object' | 'array';

export function child(
  at: Location,
  oldTokens: Array<string | number>,
  newTokens: Array<string | number> = oldTokens,
  segment?: PathSegment,
): Location {
  return {
    ...at,
    oldPtr: joinPointer(at.oldPtr, ...oldTokens),
    newPtr: joinPointer(at.newPtr, ...newTokens),
    path: segment === undefined ? at.path : [...at.path, segment],
  };
}
