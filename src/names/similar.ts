/**
 * When are two event names "nearly the same"? Differences by a plural, a tense, case or
 * separators, or one letter of one segment; used by name-near-duplicate and, later, `evt new`.
 */
import { editDistance } from '../util/closest.js';
import { isVersionSegment, quote, splitName, splitWords, stripVersionSuffix } from './parse.js';
import { suggestPastTense } from './past-tense.js';

/** Shorter segments are too often legitimately one letter apart (`card` / `cart`). */
const TYPO_MIN_LENGTH = 5;
/** Longer segments are not compared letter by letter (edit distance is quadratic). */
const TYPO_MAX_LENGTH = 64;

/** A name prepared once for comparison with many others. */
export interface NameShape {
  /** Segments without version segments or suffixes: versions of one name are not duplicates. */
  unversioned: string;
  /** The words, whatever the case and separators: `PaymentCompleted` = `payment.completed`. */
  words: string;
  /** Lower-case unversioned segments. */
  segments: string[];
  /** suggestPastTense per segment, filled on first use (it is the costly part of a comparison). */
  pasts: Array<string | undefined | null>;
}

export function nameShape(name: string): NameShape {
  const unversioned = splitName(name)
    .filter((s) => !isVersionSegment(s))
    .map(stripVersionSuffix);
  const segments = unversioned.map((s) => s.toLowerCase());
  return {
    unversioned: unversioned.join('.'),
    words: splitWords(unversioned.join('.')).join(' '),
    segments,
    pasts: segments.map(() => null),
  };
}

/**
 * How two names differ, when they differ only a little; undefined when they are distinct (or the same).
 * @internal Exported for test/names/name-near-duplicate.test.ts: its kinds as a table, without repos.
 */
export function nearDuplicateKind(a: string, b: string): string | undefined {
  return shapeDifference(nameShape(a), nameShape(b));
}

export function shapeDifference(a: NameShape, b: NameShape): string | undefined {
  if (a.unversioned === b.unversioned) return undefined;
  if (a.words === b.words) return 'case or separators';
  if (a.segments.length !== b.segments.length) return undefined;
  const differing = onlyDifferingSegment(a.segments, b.segments);
  return differing === undefined ? undefined : segmentDifference(a, b, differing);
}

/** The index of the one segment two equally long names differ in; undefined when it is not exactly one. */
function onlyDifferingSegment(a: readonly string[], b: readonly string[]): number | undefined {
  let found: number | undefined;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (found !== undefined) return undefined;
    found = i;
  }
  return found;
}

function pastOf(shape: NameShape, i: number): string | undefined {
  if (shape.pasts[i] === null) shape.pasts[i] = suggestPastTense(shape.segments[i]!);
  return shape.pasts[i] ?? undefined;
}

function segmentDifference(a: NameShape, b: NameShape, i: number): string | undefined {
  const [x, y] = [a.segments[i]!, b.segments[i]!];
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  const pair = (): string => `(${quote(x, 40)} / ${quote(y, 40)})`;
  if (long === `${short}s` || long === `${short}es` || (short.endsWith('y') && long === `${short.slice(0, -1)}ies`))
    return `a plural ${pair()}`;
  if (long === `${short}d` || long === `${short}ed` || pastOf(a, i) === y || pastOf(b, i) === x)
    return `tense ${pair()}`;
  // `phase1` / `phase2` are numbered siblings, not a typo
  const digitsOnly = short.replace(/\d/g, '') === long.replace(/\d/g, '');
  // a different first letter is a different prefix, hence a different verb (`deactivated` /
  // `reactivated`), not a typo
  const samePrefix = x[0] === y[0];
  const typo =
    !digitsOnly &&
    samePrefix &&
    short.length >= TYPO_MIN_LENGTH &&
    long.length <= TYPO_MAX_LENGTH &&
    long.length - short.length <= 1 &&
    editDistance(short, long) === 1;
  return typo ? `one letter ${pair()}` : undefined;
}

/** Buckets up to this size are compared pair by pair; bigger ones are split by relatedKeys first. */
const SMALL_BUCKET = 16;

/**
 * Index pairs worth comparing: names sharing all segments but one, or the same words. Buckets
 * keep this near-linear for repos with thousands of names instead of comparing every pair.
 *
 * A bucket of names sharing all segments but segment k can still be large (every `*.created`
 * event: hundreds of names, so tens of thousands of pairs, nearly all unrelated). Big buckets are
 * split again by relatedKeys of segment k, so only names whose differing segments could be a
 * plural, a tense or a one-letter typo of each other are paired (the relation shapeDifference
 * tests; relatedKeys gives two such segments a common key).
 */
export function candidatePairs(shapes: readonly NameShape[]): Array<[number, number]> {
  const buckets = new Map<string, { k: number; members: number[] }>();
  const add = (key: string, k: number, i: number): void => {
    const bucket = buckets.get(key);
    if (bucket) bucket.members.push(i);
    else buckets.set(key, { k, members: [i] });
  };
  shapes.forEach(({ words, segments }, i) => {
    add(`words\u0000${words}`, -1, i);
    segments.forEach((_, k) => add(`${k}\u0000${segments.map((s, j) => (j === k ? '' : s)).join('\u0000')}`, k, i));
  });
  // members are in ascending order, so (i, j) with i < j is one number: no string per pair
  const seen = new Set<number>();
  const pairs: Array<[number, number]> = [];
  const pairAll = (members: readonly number[]): void => {
    for (let p = 0; p < members.length; p++) {
      for (let q = p + 1; q < members.length; q++) {
        const key = members[p]! * shapes.length + members[q]!;
        if (!seen.has(key)) [seen.add(key), pairs.push([members[p]!, members[q]!])];
      }
    }
  };
  const keysOf = new Map<string, string[]>();
  for (const { k, members } of buckets.values()) {
    if (k < 0 || members.length <= SMALL_BUCKET) {
      pairAll(members);
      continue;
    }
    const related = new Map<string, number[]>();
    for (const i of members) {
      const segment = shapes[i]!.segments[k]!;
      let keys = keysOf.get(segment);
      if (!keys) keysOf.set(segment, (keys = relatedKeys(segment)));
      for (const key of keys) {
        const group = related.get(key);
        if (group) group.push(i);
        else related.set(key, [i]);
      }
    }
    for (const group of related.values()) pairAll(group);
  }
  return pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

/**
 * Keys such that two segments segmentDifference could relate always share one: the stem left
 * after a plural or past-tense ending, the suggested past tense, and for typos the segment with
 * and without each one letter (two strings one edit apart share one of those).
 */
function relatedKeys(segment: string): string[] {
  const keys = new Set([`=${segment}`]);
  const past = suggestPastTense(segment);
  if (past !== undefined) keys.add(`=${past}`);
  for (const ending of ['s', 'es', 'd', 'ed'])
    if (segment.endsWith(ending)) keys.add(`=${segment.slice(0, -ending.length)}`);
  if (segment.endsWith('ies')) keys.add(`=${segment.slice(0, -3)}y`);
  if (segment.length >= TYPO_MIN_LENGTH && segment.length <= TYPO_MAX_LENGTH) {
    keys.add(`~${segment}`);
    for (let i = 0; i < segment.length; i++) keys.add(`~${segment.slice(0, i)}${segment.slice(i + 1)}`);
  }
  return [...keys];
}
