/**
 * Version bumps: what a pair's version change is, and what its changes need.
 * integer: every new version is a major one. semver: MAJOR.MINOR.PATCH. SchemaVer
 * (Snowplow): MODEL-REVISION-ADDITION, where ADDITION is "every old instance stays valid" and MODEL
 * is breaking.
 */
import type { Version } from '../model/repo.js';

export type BumpLevel = 'none' | 'patch' | 'minor' | 'major';
const ORDER: BumpLevel[] = ['none', 'patch', 'minor', 'major'];

/** The level of the step from `previous` to `current`. */
export function bumpLevel(previous: Version, current: Version): BumpLevel {
  if (current.format === 'integer' || previous.format === 'integer')
    return current.parts[0]! > previous.parts[0]! ? 'major' : 'none';
  const levels: BumpLevel[] = ['major', 'minor', 'patch'];
  const index = current.parts.findIndex((p, i) => p !== previous.parts[i]);
  return index === -1 ? 'none' : levels[index]!;
}

/**
 * What the changes need: breaking -> major, additive -> minor, annotation-only -> patch. SchemaVer
 * has no "annotation" part: an ADDITION (its third part) already means "every old instance stays
 * valid", so additive changes need only that.
 */
export function neededLevel(kind: 'none' | 'additive' | 'breaking', format: Version['format']): BumpLevel {
  if (kind === 'breaking') return 'major';
  if (kind === 'additive') return format === 'schemaver' ? 'patch' : 'minor';
  return 'patch';
}

export function atLeast(level: BumpLevel, needed: BumpLevel): boolean {
  return ORDER.indexOf(level) >= ORDER.indexOf(needed);
}

/** How a version format names a level, for messages. */
export function levelName(level: BumpLevel, format: Version['format']): string {
  if (format === 'schemaver') return { major: 'MODEL', minor: 'REVISION', patch: 'ADDITION', none: 'no' }[level];
  return level;
}
