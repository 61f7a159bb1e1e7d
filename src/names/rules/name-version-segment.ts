/**
 * name-version-segment: the version is in the name exactly when the convention says so.
 * `required` (SalesTalk): the last segment is `v<N>` and no other segment is a version.
 * `forbidden` (everyone else): no `.v2` segment and no `_v2` suffix; the schema file carries it.
 */
import type { NamingConfig } from '../../model/config.js';
import { defineRule } from '../../rules/define.js';
import { isVersionSegment, quote, splitName, stripVersionSuffix, versionSuffix, type NameProblem } from '../parse.js';
import { checkEachName } from '../targets.js';

const id = 'name-version-segment';

export function checkVersionSegment(name: string, naming: NamingConfig): NameProblem[] {
  const segments = splitName(name);
  const required = naming.versionSegment === 'required';
  const last = segments.at(-1)!;
  if (required && !isVersionSegment(last)) {
    const base = segments
      .filter((s) => !isVersionSegment(s))
      .map(stripVersionSuffix)
      .join('.');
    // `generated_v2` -> `generated.v2`: keep the version the author meant
    return [
      {
        ruleId: id,
        message: `${quote(name)} does not end in a version segment (.v<N>)`,
        hint: `rename to ${quote(`${base}.${versionSuffix(last) ?? 'v1'}`)}`,
      },
    ];
  }
  // with a required version, the last segment is the legitimate one; any other is stray
  const stray = (required ? segments.slice(0, -1) : segments).find((s) => isVersionSegment(s) || versionSuffix(s));
  if (stray === undefined) return [];
  const what = isVersionSegment(stray)
    ? `version segment ${quote(stray)}`
    : `version suffix ${quote(versionSuffix(stray)!)} in segment ${quote(stray, 40)}`;
  const fixed = segments
    .filter((s, i) => !isVersionSegment(s) || (required && i === segments.length - 1))
    .map(stripVersionSuffix)
    .join('.');
  const where = required
    ? 'only the last segment may be a version'
    : 'versions belong in the schema file, not the name';
  return [{ ruleId: id, message: `${quote(name)} has a ${what}; ${where}`, hint: `rename to ${quote(fixed)}` }];
}

export const nameVersionSegment = defineRule({
  id,
  family: 'names',
  scope: 'repo',
  defaultSeverity: 'error',
  docs: {
    summary:
      'A version segment (.v2, _v2) appears in names only where naming.versionSegment requires it, and then last.',
    rationale:
      'A repo versions either by name or by file; mixing both gives one event type two version numbers that can disagree.',
    example: { bad: 'order.shipped.v2', good: 'order.shipped' },
  },
  check: (repo) => checkEachName(repo, checkVersionSegment),
});
