/**
 * What the existing payload schemas agree on, so a scaffold looks like its neighbours: the draft,
 * the $id base and shape, the title shape, open or closed objects, key case, and the id and
 * timestamp fields most events carry. Each convention is a majority over the newest version of
 * every event except the one being scaffolded (so a second run sees what the first run saw).
 */
import type { ContractRepo, EventVersion } from '../model/repo.js';

export type KeyCase = 'snake' | 'camel';

export interface Conventions {
  /** The majority `$schema` URI, or undefined when no payload schema declares one. */
  draft?: string;
  /** `$id = base + the file path without its first `drop` segments`; undefined: no schema has an $id. */
  id?: { base: string; drop: number };
  /** Title shape with `{event}` and `{version}` placeholders. */
  title: string;
  closed: boolean;
  keyCase: KeyCase;
  /** Add `<first segment>_id` (`orderId`), required or not. */
  idField?: { required: boolean };
  /** Add `<verb>_at` (`placedAt`), a date-time, required or not. */
  timestamp?: { required: boolean };
  /** The most common definition of each top-level property name, to reuse (`task_id`'s pattern). */
  fields: Map<string, Record<string, unknown>>;
}

type Payload = {
  v: EventVersion;
  json: Record<string, unknown>;
  props: Record<string, Record<string, unknown>>;
  required: string[];
};

export function inferConventions(repo: ContractRepo, exclude: string): Conventions {
  const payloads = repo.events
    .filter((e) => e.name !== exclude)
    .map((e) => e.versions[e.versions.length - 1]!)
    .filter((v) => isObject(v.doc.json))
    .map(toPayload);
  const keyCase = majorityKeyCase(payloads);
  return {
    draft: mostCommon(payloads.map((p) => p.json.$schema).filter((s): s is string => typeof s === 'string')),
    id: mostCommonBy(
      payloads.map(idShape).filter((s) => s !== undefined),
      (s) => `${s.drop} ${s.base}`,
    ),
    title: mostCommon(payloads.map(titleShape).filter((t): t is string => t !== undefined)) ?? defaultTitle(repo),
    closed: majority(payloads, (p) => p.json.additionalProperties === false),
    keyCase,
    idField: fieldConvention(payloads, (p) => fieldName([firstSegment(p.v), 'id'], keyCaseOf(p))),
    timestamp: fieldConvention(payloads, (p) =>
      Object.keys(p.props).find((k) => /(_at|[a-z0-9]At)$/.test(k) && p.props[k]!.format === 'date-time'),
    ),
    fields: commonFieldDefinitions(payloads),
  };
}

function toPayload(v: EventVersion): Payload {
  const json = v.doc.json as Record<string, unknown>;
  const props = isObject(json.properties) ? (json.properties as Payload['props']) : {};
  return {
    v,
    json,
    props,
    required: Array.isArray(json.required) ? json.required.filter((r): r is string => typeof r === 'string') : [],
  };
}

/** `[topped, up, at]` in the given case: `topped_up_at` or `toppedUpAt`. */
export function fieldName(words: string[], keyCase: KeyCase): string {
  const parts = words.flatMap((w) => w.split(/[_-]/)).filter(Boolean);
  return keyCase === 'snake'
    ? parts.join('_')
    : parts.map((p, i) => (i === 0 ? p : p[0]!.toUpperCase() + p.slice(1))).join('');
}

function fieldConvention(
  payloads: Payload[],
  nameIn: (p: Payload) => string | undefined,
): { required: boolean } | undefined {
  const having = payloads.filter((p) => {
    const name = nameIn(p);
    return name !== undefined && name in p.props;
  });
  if (having.length * 2 <= payloads.length || having.length === 0) return undefined;
  return { required: having.filter((p) => p.required.includes(nameIn(p)!)).length * 2 > having.length };
}

function keyCaseOf(p: Payload): KeyCase {
  return majorityKeyCase([p]);
}

function majorityKeyCase(payloads: Payload[]): KeyCase {
  let snake = 0;
  let camel = 0;
  for (const p of payloads) {
    for (const key of Object.keys(p.props)) {
      if (key.includes('_')) snake++;
      else if (/[a-z0-9][A-Z]/.test(key)) camel++;
    }
  }
  return camel > snake ? 'camel' : 'snake';
}

function firstSegment(v: EventVersion): string {
  return v.event.split('.')[0]!;
}

function idShape(p: Payload): { base: string; drop: number } | undefined {
  const id = p.json.$id ?? p.json.id;
  if (typeof id !== 'string') return undefined;
  const parts = p.v.doc.file.split('/');
  for (let drop = 0; drop < parts.length; drop++) {
    const suffix = parts.slice(drop).join('/');
    if (id.endsWith(suffix) && (id.length === suffix.length || id[id.length - suffix.length - 1] === '/'))
      return { base: id.slice(0, id.length - suffix.length), drop };
  }
  return undefined;
}

/** The title with the event name and version replaced by placeholders; undefined when it names neither. */
function titleShape(p: Payload): string | undefined {
  const title = p.json.title;
  if (typeof title !== 'string' || !title.includes(p.v.event)) return undefined;
  let shape = title.replace(p.v.event, '{event}');
  const version = p.v.version;
  if (version && !shape.includes('{event}.v')) {
    const written = version.format === 'integer' ? `v${version.raw}` : version.raw;
    shape = shape.replace(
      new RegExp(`(?<![\\w.-])${escapeRegex(written)}(?![\\w.-])`),
      version.format === 'integer' ? 'v{version}' : '{version}',
    );
  }
  return shape;
}

function defaultTitle(repo: ContractRepo): string {
  const versioned = repo.config.layout.schemas[0]?.includes('{version}') && !repo.config.layout.versionInName;
  if (!versioned) return '{event}';
  return repo.config.layout.versionFormat === 'integer' ? '{event} v{version}' : '{event} {version}';
}

function commonFieldDefinitions(payloads: Payload[]): Map<string, Record<string, unknown>> {
  const seen = new Map<string, Map<string, { def: Record<string, unknown>; count: number }>>();
  for (const p of payloads) {
    for (const [name, def] of Object.entries(p.props)) {
      if (!isObject(def) || '$ref' in def) continue;
      const byText = seen.get(name) ?? new Map();
      const key = JSON.stringify(def);
      byText.set(key, { def, count: (byText.get(key)?.count ?? 0) + 1 });
      seen.set(name, byText);
    }
  }
  const fields = new Map<string, Record<string, unknown>>();
  for (const [name, byText] of seen) fields.set(name, [...byText.values()].sort((a, b) => b.count - a.count)[0]!.def);
  return fields;
}

function majority<T>(items: T[], test: (item: T) => boolean): boolean {
  return items.filter(test).length * 2 > items.length;
}

/** The most frequent value; ties go to the one seen first (events are sorted by name). */
function mostCommon(values: string[]): string | undefined {
  return mostCommonBy(values, (v) => v);
}

function mostCommonBy<T>(values: T[], keyOf: (v: T) => string): T | undefined {
  const counts = new Map<string, { value: T; count: number }>();
  for (const value of values) {
    const key = keyOf(value);
    counts.set(key, { value, count: (counts.get(key)?.count ?? 0) + 1 });
  }
  let best: { value: T; count: number } | undefined;
  for (const entry of counts.values()) if (!best || entry.count > best.count) best = entry;
  return best?.value;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
