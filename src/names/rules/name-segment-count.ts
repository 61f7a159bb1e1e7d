/**
 * name-segment-count: a name has between naming.minSegments and naming.maxSegments segments.
 * A version segment the config forbids is not counted (name-version-segment reports it).
 */
import type { NamingConfig } from '../../model/config.js';
import { defineRule } from '../../rules/define.js';
import { countedSegments, quote, splitName, type NameProblem } from '../parse.js';
import { checkEachName } from '../targets.js';

const id = 'name-segment-count';

export function checkSegmentCount(name: string, naming: NamingConfig): NameProblem[] {
  const count = countedSegments(splitName(name), naming).length;
  const { minSegments: min, maxSegments: max } = naming;
  if (count >= min && count <= max) return [];
  const range = min === max ? `exactly ${min}` : count < min ? `at least ${min}` : `at most ${max}`;
  const hint =
    count < min
      ? 'name the aggregate first, then what happened to it: <aggregate>.<past-tense-verb>'
      : 'fold the extra detail into the payload or a shorter segment';
  return [
    { ruleId: id, message: `${quote(name)} has ${count} segment${count === 1 ? '' : 's'}; names need ${range}`, hint },
  ];
}

export const nameSegmentCount = defineRule({
  id,
  family: 'names',
  scope: 'repo',
  defaultSeverity: 'error',
  docs: {
    summary: 'Event names have between naming.minSegments and naming.maxSegments dotted segments.',
    rationale:
      'A bare word (`refund`) says neither what changed nor what happened; deep names (`a.b.c.d.e`) encode payload detail in the routing key.',
    example: { bad: 'refund', good: 'refund.issued' },
  },
  check: (repo) => checkEachName(repo, checkSegmentCount),
});
