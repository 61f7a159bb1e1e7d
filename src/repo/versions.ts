/**
 * Version strings in the three formats evt understands: integer (`3`, `v3`), semver (`1.2.0`) and
 * SchemaVer (`1-0-2`, MODEL-REVISION-ADDITION, Snowplow).
 */
import type { VersionFormat } from '../model/config.js';
import type { Version } from '../model/repo.js';

export function parseVersion(raw: string, preferred: VersionFormat = 'integer'): Version | undefined {
  const text = raw.replace(/^v/i, '');
  if (/^\d+$/.test(text))
    return { raw: text, format: preferred === 'integer' ? 'integer' : preferred, parts: [Number(text)] };
  if (/^\d+\.\d+\.\d+$/.test(text)) return { raw: text, format: 'semver', parts: text.split('.').map(Number) };
  if (/^\d+-\d+-\d+$/.test(text)) return { raw: text, format: 'schemaver', parts: text.split('-').map(Number) };
  return undefined;
}

export function compareVersions(a: Version, b: Version): number {
  const n = Math.max(a.parts.length, b.parts.length);
  for (let i = 0; i < n; i++) {
    const d = (a.parts[i] ?? 0) - (b.parts[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** `v3` for integers, the raw text otherwise: how versions are named in messages. */
export function formatVersion(version: Version | null): string {
  if (!version) return 'current';
  return version.format === 'integer' ? `v${version.raw}` : version.raw;
}

/** The version after `version` at the given level (major = integer+1, semver major, SchemaVer MODEL). */
export function nextVersion(version: Version, level: 'major' | 'minor' | 'patch' = 'major'): Version {
  if (version.format === 'integer') {
    const n = version.parts[0]! + 1;
    return { raw: String(n), format: 'integer', parts: [n] };
  }
  const index = { major: 0, minor: 1, patch: 2 }[level];
  const parts = version.parts.map((p, i) => (i < index ? p : i === index ? p + 1 : 0));
  return { raw: parts.join(version.format === 'semver' ? '.' : '-'), format: version.format, parts };
}
