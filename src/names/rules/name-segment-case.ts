/**
 * name-segment-case: every segment is written in naming.segmentCase (snake_case by default).
 * One finding per name, naming every offending segment, with the name rewritten.
 */
import type { NamingConfig } from '../../model/config.js';
import { defineRule } from '../../rules/define.js';
import { CASE_NAMES, matchesCase, quote, splitName, toCase, type NameProblem } from '../parse.js';
import { checkEachName } from '../targets.js';

const id = 'name-segment-case';

export function checkSegmentCase(name: string, naming: NamingConfig): NameProblem[] {
  const segments = splitName(name);
  if (segments.includes('')) {
    const rest = segments.filter(Boolean);
    return [
      {
        ruleId: id,
        message: `${quote(name)} has an empty segment`,
        ...(rest.length > 0 ? { hint: `rename to ${quote(rest.join('.'))}` } : {}),
      },
    ];
  }
  const bad = segments.filter((s) => !matchesCase(s, naming.segmentCase));
  if (bad.length === 0) return [];
  const caseName = CASE_NAMES[naming.segmentCase];
  const listed =
    bad
      .slice(0, 3)
      .map((s) => quote(s, 40))
      .join(', ') + (bad.length > 3 ? `, … (${bad.length} in all)` : '');
  const message = `${quote(name)}: ${bad.length === 1 ? `segment ${listed} is` : `segments ${listed} are`} not ${caseName}`;
  const fixed = segments.map((s) => toCase(s, naming.segmentCase));
  // only suggest when the rewrite is itself well formed (`_` alone has no words to keep)
  const hint = fixed.every((s) => matchesCase(s, naming.segmentCase))
    ? `rename to ${quote(fixed.join('.'))}`
    : `write every segment in ${caseName}`;
  return [{ ruleId: id, message, hint }];
}

export const nameSegmentCase = defineRule({
  id,
  family: 'names',
  scope: 'repo',
  defaultSeverity: 'error',
  docs: {
    summary: 'Every name segment is written in naming.segmentCase (snake_case by default).',
    rationale:
      'Mixed case makes `Payment.Completed` and `payment.completed` two event types to a broker and one to a human.',
    example: { bad: 'Order.itemAdded', good: 'order.item_added' },
  },
  check: (repo) => checkEachName(repo, checkSegmentCase),
});
