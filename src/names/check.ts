/**
 * checkEventName: every single-name rule over one name, without a repo (for `evt new` and
 * editors). Repo-wide rules (name-duplicate, name-near-duplicate) need the other names.
 */
import type { NamingConfig } from '../model/config.js';
import type { NameProblem } from './parse.js';
import { checkPastTense } from './rules/name-past-tense.js';
import { checkNamePattern, checkPatternCompiles } from './rules/name-pattern.js';
import { checkSegmentCase } from './rules/name-segment-case.js';
import { checkSegmentCount } from './rules/name-segment-count.js';
import { checkVersionSegment } from './rules/name-version-segment.js';

/** Same order as the name rules in the registry (src/rules/index.ts), so problems read like `evt lint` findings. */
const SINGLE_NAME_CHECKS = [checkNamePattern, checkSegmentCount, checkSegmentCase, checkVersionSegment, checkPastTense];

export function checkEventName(name: string, naming: NamingConfig): NameProblem[] {
  const invalidPattern = checkPatternCompiles(naming);
  return [...(invalidPattern ? [invalidPattern] : []), ...SINGLE_NAME_CHECKS.flatMap((check) => check(name, naming))];
}
