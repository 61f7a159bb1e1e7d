/**
 * Adds an event (or a version) to the registry file, keeping its key order, indentation and
 * entry style: the new entry copies the keys of a neighbour (`{contract, producer, versions,
 * current_version}`), entries stay sorted when they were sorted, and nothing else in the file
 * moves. Both registry shapes readRegistry understands are handled: a map keyed by name and an
 * array of objects with a name key.
 */
import { isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import type { Version } from '../model/repo.js';
import { formatJson, renderInline } from './format-json.js';
import {
  applySplices,
  insertItem,
  lineIndent,
  pairOf,
  parseDocument,
  rangeOf,
  scalarText,
  type Splice,
} from './text-edit.js';

const CONTAINER_KEYS = ['event_types', 'eventTypes', 'events', 'types'];
const NAME_KEYS = ['name', 'event', 'event_type', 'eventType', 'type'];
const VERSION_LIST_KEYS = ['versions', 'schema_versions'];
const VERSION_KEYS = [
  'current_version',
  'version',
  'schema_version',
  'latest_version',
  'currentVersion',
  'latestVersion',
];

export interface NewEntry {
  /** The published name (the registry key or name value). */
  event: string;
  version?: Version | null;
  /** The directory for `{contract}` layouts (becomes `contract`). */
  dir?: string;
  producer?: string;
  description?: string;
  /** Entry to copy the shape from first (the previous version's, in versionInName layouts). */
  like?: string;
}

interface Entry {
  name: string;
  node: Node;
  item: Pair<Node, Node> | Node;
}

interface Registry {
  format: 'json' | 'yaml';
  container: YAMLMap | YAMLSeq;
  entries: Entry[];
}

/** The registry text with `entry` added; unchanged when it is already there. Notes go to `notes`. */
export function addRegistryEntry(text: string, format: 'json' | 'yaml', entry: NewEntry, notes: string[]): string {
  const registry = readContainer(text, format);
  if (!registry || registry.entries.some((e) => e.name === entry.event)) return text;
  // an empty registry has no entry to copy the shape from: left as it is (lint then reports the gap)
  if (registry.entries.length === 0) {
    notes.push(`${entry.event} was not added to the registry: it has no entry to copy the shape from`);
    return text;
  }
  const sibling = pickSibling(registry.entries, entry);
  const value = shapeValue(sibling, entry, notes, isSeq(registry.container));
  const names = registry.entries.map((e) => e.name);
  const sorted = names.every((n, i) => i === 0 || names[i - 1]! <= n);
  const index = sorted ? names.filter((n) => n < entry.event).length : names.length;
  const valueText = renderLike(value, sibling?.node, text, format);
  const itemText = isSeq(registry.container)
    ? valueText
    : `${scalarText(entry.event, format, isMap(registry.container) ? (registry.container.items[0] as Pair<Node, Node> | undefined)?.key : undefined)}${keyValueSeparator(text, sibling, format)}${valueText}`;
  return applySplices(text, [insertItem(text, registry.container, index, itemText, format)]);
}

/** The registry text with `version` added to the event's version list and current version. */
export function addRegistryVersion(text: string, format: 'json' | 'yaml', event: string, version: Version): string {
  const registry = readContainer(text, format);
  const entry = registry?.entries.find((e) => e.name === event);
  if (!entry || !isMap(entry.node)) return text;
  const splices: Splice[] = [];
  for (const key of VERSION_LIST_KEYS) {
    const list = pairOf(entry.node, key)?.value;
    if (!isSeq(list)) continue;
    const items = list.items as Node[];
    if (items.some((i) => isScalar(i) && String(i.value).replace(/^v/i, '') === version.raw)) return text;
    const like = items[items.length - 1];
    const itemText = scalarText(typedLike(version, isScalar(like) ? like.value : 1), format, like);
    if (items.length) splices.push(insertItem(text, list, items.length, itemText, format));
    else splices.push({ start: rangeOf(list)[0], end: rangeOf(list)[1], text: `[${itemText}]` });
  }
  for (const key of VERSION_KEYS) {
    const pair = pairOf(entry.node, key);
    if (isScalar(pair?.value))
      splices.push({
        start: rangeOf(pair.value)[0],
        end: rangeOf(pair.value)[1],
        text: scalarText(typedLike(version, pair.value.value), format, pair.value),
      });
  }
  return applySplices(text, splices);
}

function readContainer(text: string, format: 'json' | 'yaml'): Registry | undefined {
  const doc = parseDocument(text);
  if (doc.errors.length) return undefined;
  let container: unknown = doc.contents;
  if (isMap(container)) {
    const key = CONTAINER_KEYS.find((k) => pairOf(container as YAMLMap, k));
    if (key) container = pairOf(container, key)!.value;
  }
  if (isMap(container)) {
    const items = container.items as Array<Pair<Node, Node>>;
    const entries = items
      .filter((p) => isScalar(p.key) && String(p.key.value).includes('.') && !String(p.key.value).startsWith('$'))
      .map((p) => ({ name: String((p.key as { value: unknown }).value), node: p.value!, item: p }));
    return { format, container, entries };
  }
  if (isSeq(container)) {
    const entries: Entry[] = [];
    for (const item of container.items as Node[]) {
      const name = isScalar(item)
        ? item.value
        : isMap(item)
          ? NAME_KEYS.map((k) => pairOf(item, k)?.value).find(isScalar)?.value
          : undefined;
      if (typeof name === 'string') entries.push({ name, node: item, item });
    }
    return { format, container, entries };
  }
  return undefined;
}

function pickSibling(entries: Entry[], entry: NewEntry): Entry | undefined {
  const first = entry.event.split('.')[0];
  return (
    entries.find((e) => e.name === entry.like) ??
    entries.find((e) => e.name.split('.')[0] === first) ??
    entries[entries.length - 1]
  );
}

/** The new entry's value, key for key like the sibling's. */
function shapeValue(sibling: Entry | undefined, entry: NewEntry, notes: string[], inArray: boolean): unknown {
  const json = sibling?.node.toJSON() as unknown;
  if (typeof json === 'string') return entry.event;
  if (!json || typeof json !== 'object' || Array.isArray(json)) return inArray ? { name: entry.event } : {};
  const sameFamily = sibling!.name.split('.')[0] === entry.event.split('.')[0];
  const out: Record<string, unknown> = {};
  for (const [key, old] of Object.entries(json as Record<string, unknown>)) {
    if (NAME_KEYS.includes(key) && old === sibling!.name) out[key] = entry.event;
    else if (VERSION_LIST_KEYS.includes(key))
      out[key] = entry.version ? [typedLike(entry.version, Array.isArray(old) ? old[0] : 1)] : [];
    else if (VERSION_KEYS.includes(key)) {
      if (entry.version) out[key] = typedLike(entry.version, old);
    } else if (key === 'contract') out[key] = entry.dir ?? (sameFamily ? old : entry.event.split('.')[0]);
    else if (key === 'producer') {
      const producer = entry.producer ?? (sameFamily ? old : undefined);
      if (producer !== undefined) out[key] = producer;
      else notes.push(`the registry entry has no producer: pass --producer <name> (or add it by hand)`);
    } else if (key === 'description') out[key] = entry.description ?? `TODO: describe ${entry.event}`;
    else if (typeof old !== 'string' || sameFamily)
      out[key] = typeof old === 'string' ? old.replaceAll(sibling!.name, entry.event) : old;
  }
  return out;
}

/** A version written the way the neighbour writes its versions: 2, "2", "v2" or "1.1.0". */
function typedLike(version: Version, like: unknown): number | string {
  if (typeof like === 'number' && version.format === 'integer') return version.parts[0]!;
  if (typeof like === 'string' && /^v/i.test(like)) return `${like[0]}${version.raw}`;
  return version.format === 'integer' && typeof like !== 'string' ? version.parts[0]! : version.raw;
}

/** `value` written like the sibling's value: on one line when it is, else indented like it. */
function renderLike(value: unknown, sibling: Node | undefined, text: string, format: 'json' | 'yaml'): string {
  const siblingText = sibling?.range ? text.slice(sibling.range[0], sibling.range[1]) : '';
  if (format === 'yaml' || !siblingText.includes('\n')) {
    const inline = format === 'json' ? renderInline(value) : renderYamlFlow(value);
    return siblingText.startsWith('{ ') || siblingText.startsWith('[') || !siblingText.startsWith('{')
      ? inline
      : inline.replace(/^\{ /, '{').replace(/ \}$/, '}');
  }
  const indent = lineIndent(text, sibling!.range![0]);
  const unit = lineIndent(text, siblingText.indexOf('\n') + sibling!.range![0] + 1).slice(indent.length) || '  ';
  return formatJson(value, unit).trimEnd().replaceAll('\n', `\n${indent}`);
}

function renderYamlFlow(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(renderYamlFlow).join(', ')}]`;
  if (value && typeof value === 'object')
    return `{ ${Object.entries(value)
      .map(([k, v]) => `${scalarText(k, 'yaml')}: ${renderYamlFlow(v)}`)
      .join(', ')} }`;
  return scalarText(value, 'yaml');
}

function keyValueSeparator(text: string, sibling: Entry | undefined, format: 'json' | 'yaml'): string {
  const item = sibling?.item as Pair<Node, Node> | undefined;
  if (!item?.key?.range || !item.value?.range) return format === 'json' ? ': ' : ': ';
  return text.slice(item.key.range[1], item.value.range[0]);
}
