/**
 * How a repo's payload schemas build their `$id`, so that schema-id-mismatch compares each `$id`
 * with what the convention gives for its file instead of with one idea of a good `$id`:
 *
 * - configured: `schemas.idTemplate`, a template with `{event}`, `{version}`, `{file}` (the file
 *   name) and any other `{placeholder}` taking the next name segment (`{aggregate}${action}`),
 *   or `none`;
 * - detected, `file`: most `$id`s end with their own file name (or carry the event and version),
 *   or, failing a template, most are paths of schema files (`.../credit.funded-v1.json`);
 * - detected, a template: most `$id`s turn into the same text once the file name, the event name,
 *   its segments and the version are replaced by placeholders (`issues$opened` -> `{0}${1}`);
 * - else none: nothing is compared, and the note says so once.
 */
import type { EventVersion } from '../model/repo.js';

const SCHEMA_FILE = /\.(?:json|ya?ml)$/i;

export type IdConvention =
  | { kind: 'file' }
  | { kind: 'template'; template: string; source: 'config' | 'detected' }
  | { kind: 'none'; reason: string };

/** The `$id` (draft-04: `id`) a payload schema declares, when it is a string. */
export function idOf(v: EventVersion): string | undefined {
  const json = v.doc.json as { $id?: unknown; id?: unknown } | undefined;
  const id = json && typeof json === 'object' ? (json.$id ?? json.id) : undefined;
  return typeof id === 'string' ? id : undefined;
}

/** The convention of these versions' `$id`s: configured, else detected from the majority. */
export function idConvention(versions: readonly EventVersion[], configured: string | undefined): IdConvention {
  if (configured === 'none') return { kind: 'none', reason: 'schemas.idTemplate is none' };
  if (configured !== undefined) return { kind: 'template', template: configured, source: 'config' };
  const withIds = versions.filter((v) => idOf(v) !== undefined);
  if (withIds.length === 0) return { kind: 'none', reason: 'no payload schema has a $id' };
  const majority = Math.max(1, Math.ceil(withIds.length / 2));
  if (withIds.filter((v) => namesOwnFile(idOf(v)!, v)).length >= majority) return { kind: 'file' };
  const counts = new Map<string, number>();
  for (const v of withIds) {
    const template = generalize(idOf(v)!, v);
    counts.set(template, (counts.get(template) ?? 0) + 1);
  }
  const [template, count] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
  if (count >= majority && count >= 2 && /\{(?:event|file|version|\d+)\}/.test(template))
    return { kind: 'template', template, source: 'detected' };
  // `$id`s that are schema file paths (a repo read for --changed may hold a single, copied one)
  if (withIds.filter((v) => SCHEMA_FILE.test(idOf(v)!.replace(/[#?].*$/, ''))).length >= majority)
    return { kind: 'file' };
  return {
    kind: 'none',
    reason: `the ${withIds.length} payload $ids follow no one convention (neither their file names nor one template)`,
  };
}

/** The `$id` the convention gives this version; undefined under `file` (checked by {@link namesOwnFile}). */
export function expectedId(convention: IdConvention, v: EventVersion): string | undefined {
  if (convention.kind !== 'template') return undefined;
  const segments = v.event.split('.');
  let next = 0;
  return convention.template.replace(/\{([^}]+)\}/g, (_, name: string) => {
    if (name === 'event') return v.event;
    if (name === 'file') return basename(v.doc.file);
    if (name === 'version') return v.version?.raw ?? '';
    // detected templates number the segments; configured ones name them in order
    const index = /^\d+$/.test(name) ? Number(name) : next++;
    return segments[index] ?? `{${name}}`;
  });
}

/** The `file` convention: the `$id` ends with the file name, or (a URN) carries the event and version. */
export function namesOwnFile(id: string, v: EventVersion): boolean {
  const path = id.replace(/[#?].*$/, '');
  const file = basename(v.doc.file);
  if (path === file || path.endsWith(`/${file}`)) return true;
  const versions = [...path.matchAll(/(?:^|[^a-z0-9])v?(\d+)(?![0-9])/gi)].map((m) => m[1]);
  return path.includes(v.event) && (!v.version || versions.includes(v.version.raw));
}

/** The `$id` with its file name, event name, name segments and version replaced by placeholders. */
function generalize(id: string, v: EventVersion): string {
  let text = id.replaceAll(basename(v.doc.file), '{file}').replaceAll(v.event, '{event}');
  v.event.split('.').forEach((segment, i) => {
    text = text.replace(new RegExp(`(?<![A-Za-z0-9_])${escapeRegExp(segment)}(?![A-Za-z0-9_])`, 'g'), `{${i}}`);
  });
  if (v.version) text = text.replace(new RegExp(`(?<![0-9])${escapeRegExp(v.version.raw)}(?![0-9])`, 'g'), '{version}');
  return text;
}

function basename(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
