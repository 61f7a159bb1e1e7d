/**
 * name-pattern: the whole name matches `naming.pattern` and fits in `naming.maxLength`.
 * The pattern is where house rules beyond case and segment count live (allowed domains, a
 * prefix); with the default pattern it overlaps name-segment-case and name-segment-count.
 */
import type { NamingConfig } from '../../model/config.js';
import { defineRule } from '../../rules/define.js';
import { quote, type NameProblem } from '../parse.js';
import { compileNamePattern, patternGaveUpOn, testNamePattern } from '../pattern.js';
import { REGEX_BUDGET_MS } from '../../util/bounded-regex.js';
import { suggestEventName } from '../suggest.js';
import { checkEachName } from '../targets.js';

const id = 'name-pattern';

/** Single-name check, shared with `checkEventName`. An invalid pattern is reported by the rule, once. */
export function checkNamePattern(name: string, naming: NamingConfig): NameProblem[] {
  if (name.length > naming.maxLength) {
    // too long: the regex is not run at all, so a hostile pattern cannot make a long name slow
    return [
      {
        ruleId: id,
        message: `${quote(name, 40)} is ${name.length} characters long; naming.maxLength is ${naming.maxLength}`,
        hint: 'shorten the name',
      },
    ];
  }
  const regex = compileNamePattern(naming.pattern);
  // an invalid pattern is one config finding; a pattern out of time is one too (see `check`)
  if (typeof regex === 'string' || testNamePattern(name, naming.pattern) !== false) return [];
  const suggestion = suggestEventName(name, naming);
  return [
    {
      ruleId: id,
      message: `${quote(name)} does not match naming.pattern ${naming.pattern}`,
      ...(suggestion && suggestion !== name ? { hint: `rename to ${quote(suggestion)}` } : {}),
    },
  ];
}

/** The one finding for a pattern that does not compile, or undefined. */
export function checkPatternCompiles(naming: NamingConfig): NameProblem | undefined {
  const regex = compileNamePattern(naming.pattern);
  if (typeof regex !== 'string') return undefined;
  return {
    ruleId: id,
    message: `naming.pattern ${quote(naming.pattern)} is not a valid regular expression: ${regex}`,
    hint: 'fix naming.pattern in evt.config.yaml (a JavaScript regular expression)',
  };
}

export const namePattern = defineRule({
  id,
  family: 'names',
  scope: 'repo',
  defaultSeverity: 'error',
  docs: {
    summary: 'Event names match naming.pattern and are at most naming.maxLength characters.',
    rationale:
      'Consumers route, filter and generate code from event names; one pattern keeps them predictable across producers.',
    example: { bad: 'Payment-Completed', good: 'payment.completed' },
  },
  check(repo) {
    const invalid = checkPatternCompiles(repo.config.naming);
    const configFinding = invalid
      ? [
          {
            file: repo.config.source ?? 'evt.config.yaml',
            pointer: '/naming/pattern',
            message: invalid.message,
            hint: invalid.hint,
          },
        ]
      : [];
    const perName = checkEachName(repo, checkNamePattern);
    const slowOn = patternGaveUpOn(repo.config.naming.pattern);
    const slow =
      slowOn === undefined
        ? []
        : [
            {
              file: repo.config.source ?? 'evt.config.yaml',
              pointer: '/naming/pattern',
              message: `naming.pattern ${quote(repo.config.naming.pattern)} ran over ${REGEX_BUDGET_MS} ms on ${quote(slowOn, 40)} (catastrophic backtracking); names were not checked against it`,
              hint: 'rewrite naming.pattern without nested quantifiers, e.g. ^[a-z]+(\\.[a-z]+)+$',
            },
          ];
    return [...configFinding, ...slow, ...perName];
  },
});
