/**
 * Which version steps may carry a breaking change (COMPATIBILITY.md, "Versions decide whether a
 * break is allowed"): a new integer version, a semver major and a SchemaVer MODEL step exist to
 * carry breaks (Buf's foo.v1/foo.v2 packages, sguild's -v2 files, SalesTalk's .v2 names). A semver
 * minor or patch, a SchemaVer REVISION or ADDITION, an edit in place of a published version and a
 * flat-layout file against its git base may not break.
 */
import type { VersionPair } from '../model/repo.js';
import { bumpLevel } from './bump.js';

export function stepMayBreak(pair: VersionPair): boolean {
  const [previous, current] = [pair.previous.version, pair.current.version];
  // no versions: a flat layout, where the file evolves in place and git holds its past
  if (!previous || !current) return false;
  return bumpLevel(previous, current) === 'major';
}
