/**
 * name-past-tense: the segment at naming.verbSegment is a past-tense verb, because an event
 * records a fact that already happened (`user.logged_in`), not a command (`user.login`).
 */
import type { NamingConfig } from '../../model/config.js';
import { defineRule } from '../../rules/define.js';
import {
  countedSegments,
  isVersionSegment,
  quote,
  replaceSegment,
  resolveSegmentIndex,
  splitName,
  stripVersionSuffix,
  toCase,
  type NameProblem,
} from '../parse.js';
import { isPastTense, suggestPastTense } from '../past-tense.js';
import { checkEachName } from '../targets.js';

const id = 'name-past-tense';

export function checkPastTense(name: string, naming: NamingConfig): NameProblem[] {
  // verbSegment indexes the counted segments: a forbidden `.v2` is name-version-segment's, and
  // below the minimum there is no separate verb position (in `refund` it would be the aggregate)
  const segments = countedSegments(splitName(name), naming);
  if (segments.length < naming.minSegments) return [];
  const index = resolveSegmentIndex(segments.length, naming.verbSegment);
  if (index === undefined || isVersionSegment(segments[index]!)) return [];
  const verb = stripVersionSuffix(segments[index]!);
  if (verb === '' || isPastTense(verb, naming.pastTenseAllow)) return [];
  const past = suggestPastTense(verb);
  const hint = past
    ? `rename to ${quote(replaceSegment(segments, index, toCase(past, naming.segmentCase)))}`
    : `use a past-tense verb for what happened (created, updated, …), or add ${quote(verb)} to naming.pastTenseAllow`;
  return [{ ruleId: id, message: `verb segment ${quote(verb, 40)} of ${quote(name)} is not past tense`, hint }];
}

export const namePastTense = defineRule({
  id,
  family: 'names',
  scope: 'repo',
  defaultSeverity: 'warning',
  docs: {
    summary: 'The verb segment (naming.verbSegment) is a past-tense verb.',
    rationale:
      'Events are facts that already happened; a present-tense name reads as a command and invites request/response coupling.',
    example: { bad: 'user.login', good: 'user.logged_in' },
  },
  check: (repo) => checkEachName(repo, checkPastTense),
});
