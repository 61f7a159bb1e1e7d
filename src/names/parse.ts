/**
 * Dotted event names as data: segments, words inside a segment, case conversion and the version
 * segment. Pure string helpers shared by the name rules, `checkEventName` and `evt new`.
 *
 * Every helper here is linear in the length of its input: names come from file paths and may be
 * arbitrarily long or hostile, so no pattern in this file can backtrack.
 */
import type { NamingConfig, SegmentCase } from '../model/config.js';

/** One problem with one name, without repo context (what `checkEventName` returns). */
export interface NameProblem {
  ruleId: string;
  message: string;
  hint?: string;
}

/** `payment.completed` -> ['payment', 'completed']; empty segments are kept so rules can see them. */
export function splitName(name: string): string[] {
  return name.split('.');
}

/** A whole segment that is a version: `v1`, `v23` (SalesTalk's `{domain}.{action}.v{N}`). */
export function isVersionSegment(segment: string): boolean {
  return /^v\d+$/.test(segment);
}

/** A version glued to the end of a segment (`shipped_v2`, `shipped-v2`), or undefined. */
export function versionSuffix(segment: string): string | undefined {
  return /[^_-][_-](v\d+)$/.exec(segment)?.[1];
}

/** The segment without a glued version suffix: `shipped_v2` -> `shipped`. */
export function stripVersionSuffix(segment: string): string {
  const suffix = versionSuffix(segment);
  return suffix ? segment.slice(0, -suffix.length - 1) : segment;
}

/**
 * The segments the count limits apply to. Under `versionSegment: required` the version is part
 * of the convention (SalesTalk's preset counts `deck.generated.v1` as 3, like its pattern and its
 * verbSegment of -2 do); under `forbidden` a stray version segment is name-version-segment's
 * finding, so it is not counted twice.
 */
export function countedSegments(segments: readonly string[], naming: NamingConfig): string[] {
  return naming.versionSegment === 'required' ? [...segments] : segments.filter((s) => !isVersionSegment(s));
}

/** The index `verbSegment` points at (negative counts from the end), or undefined when outside. */
export function resolveSegmentIndex(length: number, index: number): number | undefined {
  const resolved = index < 0 ? length + index : index;
  return resolved >= 0 && resolved < length ? resolved : undefined;
}

/**
 * Lower-case words of a segment: camelCase humps, `_`, `-` and spaces separate words.
 * `handedOff` -> ['handed', 'off'], `HTTPRequest` -> ['http', 'request'].
 */
export function splitWords(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word.toLowerCase());
}

const CASE_PATTERNS: Record<Exclude<SegmentCase, 'any'>, RegExp> = {
  snake: /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/,
  lower: /^[a-z][a-z0-9]*$/,
  camel: /^[a-z][a-zA-Z0-9]*$/,
  kebab: /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/,
};

/** Human names of the cases, for messages. */
export const CASE_NAMES: Record<SegmentCase, string> = {
  snake: 'snake_case',
  lower: 'lowercase',
  camel: 'camelCase',
  kebab: 'kebab-case',
  any: 'any case',
};

export function matchesCase(segment: string, segmentCase: SegmentCase): boolean {
  return segmentCase === 'any' || CASE_PATTERNS[segmentCase].test(segment);
}

/** Words joined in the given case; `lower` drops separators (`logged_in` -> `loggedin`). */
export function joinWords(words: readonly string[], segmentCase: SegmentCase): string {
  switch (segmentCase) {
    case 'lower':
      return words.join('');
    case 'camel':
      return words.map((w, i) => (i === 0 ? w : w.charAt(0).toUpperCase() + w.slice(1))).join('');
    case 'kebab':
      return words.join('-');
    default:
      return words.join('_');
  }
}

/** A segment rewritten in the given case (`any` keeps snake_case, the common default). */
export function toCase(segment: string, segmentCase: SegmentCase): string {
  return joinWords(splitWords(segment), segmentCase);
}

/** The name with segment `index` replaced. */
export function replaceSegment(segments: readonly string[], index: number, value: string): string {
  return segments.map((s, i) => (i === index ? value : s)).join('.');
}

/**
 * A name quoted for a one-line message: JSON escapes (a newline in a file name stays one line),
 * long names cut so a 10,000-character name does not become a 10,000-character message.
 */
export function quote(text: string, max = 80): string {
  return JSON.stringify(text.length > max ? `${text.slice(0, max)}…` : text);
}
