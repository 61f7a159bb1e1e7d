/**
 * suggestEventName: the closest name that follows the naming config, for hints and `evt new`.
 * `PaymentCompleted` -> `payment.completed`, `user.login` -> `user.logged_in`.
 */
import type { NamingConfig, SegmentCase } from '../model/config.js';
import {
  countedSegments,
  isVersionSegment,
  joinWords,
  matchesCase,
  resolveSegmentIndex,
  splitWords,
  stripVersionSuffix,
} from './parse.js';
import { PARTICLES, isPastTense, suggestPastTense } from './past-tense.js';
import { matchesNamePattern } from './pattern.js';

/**
 * The suggested name (it may equal the input when the input is already fine), or undefined when
 * no rewrite satisfies pattern, case, segment count and version convention (`refund` has no
 * aggregate evt could invent). A verb evt cannot put in the past tense is left as it is.
 */
export function suggestEventName(input: string, naming: NamingConfig): string | undefined {
  if (input.length > naming.maxLength * 2) return undefined;
  const segments = withVersionConvention(inputSegments(input.trim(), naming.segmentCase), naming);
  const candidate = withPastTenseVerb(segments, naming).join('.');
  return isAcceptable(candidate, naming) ? candidate : undefined;
}

/** Dotted input keeps its segments; undotted input (`PaymentCompleted`) gets one segment per word. */
function inputSegments(input: string, segmentCase: SegmentCase): string[] {
  const parts = input.includes('.')
    ? input.split('.').map(splitWords)
    : mergeParticles(splitWords(input)).map((w) => w.split(' '));
  return parts.filter((words) => words.length > 0).map((words) => joinWords(words, segmentCase));
}

/** `user logged in` -> ['user', 'logged in']: a particle stays with its verb (`logged_in`). */
function mergeParticles(words: string[]): string[] {
  const merged: string[] = [];
  for (const word of words) {
    if (merged.length > 1 && PARTICLES.has(word)) merged[merged.length - 1] += ` ${word}`;
    else merged.push(word);
  }
  return merged;
}

function withVersionConvention(segments: string[], naming: NamingConfig): string[] {
  const unversioned = segments.filter((s) => !isVersionSegment(s)).map(stripVersionSuffix);
  if (naming.versionSegment === 'forbidden') return unversioned;
  return [...unversioned, segments.filter(isVersionSegment).at(-1) ?? 'v1'];
}

function withPastTenseVerb(segments: string[], naming: NamingConfig): string[] {
  const index = resolveSegmentIndex(segments.length, naming.verbSegment);
  const verb = index === undefined ? undefined : segments[index]!;
  if (verb === undefined || isVersionSegment(verb) || isPastTense(verb, naming.pastTenseAllow)) return segments;
  const past = suggestPastTense(verb);
  return past === undefined
    ? segments
    : segments.map((s, i) => (i === index ? joinWords(past.split('_'), naming.segmentCase) : s));
}

function isAcceptable(name: string, naming: NamingConfig): boolean {
  const segments = name.split('.');
  const count = countedSegments(segments, naming).length;
  return (
    name.length <= naming.maxLength &&
    count >= naming.minSegments &&
    count <= naming.maxSegments &&
    segments.every((s) => matchesCase(s, naming.segmentCase)) &&
    matchesNamePattern(name, naming.pattern)
  );
}
