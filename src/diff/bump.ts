import type { CompatibilityMode } from '../model/config.js';
import type { Change } from '../model/rule.js';
import type { Version } from '../model/repo.js';
import { breakDirection } from '../policy/severity.js';

export type Bump = 'none' | 'additive' | 'breaking';

/**
 * The smallest version step a set of changes needs. `breaking` when some change breaks consumers
 * under `mode` ('none' is read as 'backward', the registry default, so the bump stays meaningful
 * when enforcement is off); `additive` when something changed the accepted set; else `none`.
 */
export function requiredBump(changes: readonly Change[], mode: CompatibilityMode): Bump {
  const effective = mode === 'none' ? 'backward' : mode;
  if (changes.some((c) => breakDirection(effective, c.effect) !== undefined)) return 'breaking';
  return changes.some((c) => c.effect !== 'neutral') ? 'additive' : 'none';
}

/** Parses `3`, `v3`, `1.2.0` or SchemaVer `1-0-2`. */
export function parseVersion(raw: string): Version | undefined {
  const text = raw.replace(/^v/i, '');
  if (/^\d+$/.test(text)) return { raw, format: 'integer', parts: [Number(text)] };
  if (/^\d+\.\d+\.\d+$/.test(text)) return { raw, format: 'semver', parts: text.split('.').map(Number) };
  if (/^\d+-\d+-\d+$/.test(text)) return { raw, format: 'schemaver', parts: text.split('-').map(Number) };
  return undefined;
}

/** The next version after `from` for a bump: semver major/minor/patch, SchemaVer MODEL/ADDITION. */
export function nextVersion(from: Version, bump: Bump): string {
  const [a = 0, b = 0, c = 0] = from.parts;
  if (from.format === 'integer') return String(bump === 'none' ? a : a + 1);
  if (from.format === 'semver') {
    if (bump === 'breaking') return a === 0 ? `0.${b + 1}.0` : `${a + 1}.0.0`;
    return bump === 'additive' ? `${a}.${b + 1}.0` : `${a}.${b}.${c + 1}`;
  }
  // SchemaVer MODEL-REVISION-ADDITION: ADDITION = every old instance stays valid; MODEL = breaking.
  if (bump === 'breaking') return `${a + 1}-0-0`;
  return bump === 'additive' ? `${a}-${b}-${c + 1}` : `${a}-${b}-${c}`;
}

/** Whether going from `from` to `to` is a large enough step for `bump`. */
export function bumpSatisfied(from: Version, to: Version, bump: Bump): boolean {
  if (from.format !== to.format) return false;
  const position = changedPosition(from.parts, to.parts);
  if (position === 'lower') return false;
  if (bump === 'none') return true;
  if (from.format === 'integer') return position === 0;
  if (from.format === 'semver' && bump === 'breaking') return position === 0 || (from.parts[0] === 0 && position === 1);
  if (bump === 'breaking') return position === 0;
  return position !== 'same' && (from.format === 'schemaver' || position <= 1);
}

/** Index of the first part that went up, 'same' when equal, 'lower' when it went down. */
function changedPosition(from: number[], to: number[]): number | 'same' | 'lower' {
  for (let i = 0; i < Math.max(from.length, to.length); i++) {
    const a = from[i] ?? 0;
    const b = to[i] ?? 0;
    if (b > a) return i;
    if (b < a) return 'lower';
  }
  return 'same';
}
