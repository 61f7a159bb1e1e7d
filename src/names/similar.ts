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

/** Segments without version segments or suffixes: versions of one name are not duplicates. */
function unversioned(name: string): string[] {
  return splitName(name).filter((s) => !isVersionSegment(s)).map(stripVersionSuffix);
}

function baseSegments(name: string): string[] {
  return unversioned(name).map((s) => s.toLowerCase());
}

/** The words of a name, whatever its case and separators: `PaymentCompleted` = `payment.completed`. */
function wordKey(name: string): string {
  return splitWords(unversioned(name).join('.')).join(' ');
}

/** How two names differ, when they differ only a little; undefined when they are distinct (or the same). */
export function nearDuplicateKind(a: string, b: string): string | undefined {
  if (unversioned(a).join('.') === unversioned(b).join('.')) return undefined;
  if (wordKey(a) === wordKey(b)) return 'case or separators';
  const [sa, sb] = [baseSegments(a), baseSegments(b)];
  if (sa.length !== sb.length) return undefined;
  const differing = sa.flatMap((s, i) => (s === sb[i] ? [] : [i]));
  return differing.length === 1 ? segmentDifference(sa[differing[0]!]!, sb[differing[0]!]!) : undefined;
}

function segmentDifference(x: string, y: string): string | undefined {
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  const pair = `(${quote(x, 40)} / ${quote(y, 40)})`;
  if (long === `${short}s` || long === `${short}es` || (short.endsWith('y') && long === `${short.slice(0, -1)}ies`)) return `a plural ${pair}`;
  if (long === `${short}d` || long === `${short}ed` || suggestPastTense(short) === long || suggestPastTense(long) === short) return `tense ${pair}`;
  // `phase1` / `phase2` are numbered siblings, not a typo
  const digitsOnly = short.replace(/\d/g, '') === long.replace(/\d/g, '');
  const typo = !digitsOnly && short.length >= TYPO_MIN_LENGTH && long.length <= TYPO_MAX_LENGTH && long.length - short.length <= 1 && editDistance(short, long) === 1;
  return typo ? `one letter ${pair}` : undefined;
}

/**
 * Index pairs worth comparing: names sharing all segments but one, or the same words. Buckets
 * keep this near-linear for repos with thousands of names instead of comparing every pair.
 */
export function candidatePairs(names: readonly string[]): Array<[number, number]> {
  const buckets = new Map<string, number[]>();
  const add = (key: string, i: number): void => {
    const members = buckets.get(key);
    if (members) members.push(i);
    else buckets.set(key, [i]);
  };
  names.forEach((name, i) => {
    const segments = baseSegments(name);
    add(`words\u0000${wordKey(name)}`, i);
    segments.forEach((_, k) => add(`${k}\u0000${segments.map((s, j) => (j === k ? '' : s)).join('\u0000')}`, i));
  });
  const seen = new Set<string>();
  const pairs: Array<[number, number]> = [];
  for (const members of buckets.values()) {
    for (let p = 0; p < members.length; p++) {
      for (let q = p + 1; q < members.length; q++) {
        const key = `${members[p]},${members[q]}`;
        if (!seen.has(key)) [seen.add(key), pairs.push([members[p]!, members[q]!])];
      }
    }
  }
  return pairs;
}
