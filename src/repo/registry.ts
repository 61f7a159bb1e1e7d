/**
 * Reads an event-type registry. Two shapes are understood, wherever they sit in the file (top level
 * or under `event_types` / `eventTypes` / `events` / `types`):
 *   map:   { "payment.completed": { "versions": [1, 2] } }
 *   array: [ { "name": "payment.completed", "version": 2 } ]
 */
import type { RegistryEntry, RegistryFile, SchemaDoc } from '../model/repo.js';
import { joinPointer } from '../util/json-pointer.js';

const CONTAINER_KEYS = ['event_types', 'eventTypes', 'events', 'types'];
const NAME_KEYS = ['name', 'event', 'event_type', 'eventType', 'type'];

export function readRegistry(doc: SchemaDoc): RegistryFile {
  if (doc.parseError || (!isObject(doc.json) && !Array.isArray(doc.json))) return { doc, entries: [] };
  let container: unknown = doc.json;
  let base = '';
  if (isObject(doc.json)) {
    const key = CONTAINER_KEYS.find((k) => k in (doc.json as object));
    if (key) [container, base] = [(doc.json as Record<string, unknown>)[key], `/${key}`];
  }
  return {
    doc,
    entries: Array.isArray(container)
      ? fromArray(container, base)
      : isObject(container)
        ? fromMap(container, base)
        : [],
  };
}

function fromMap(map: Record<string, unknown>, base: string): RegistryEntry[] {
  return Object.entries(map)
    .filter(([name]) => !name.startsWith('$') && name.includes('.'))
    .map(([event, value]) => ({ event, versions: versionsOf(value), pointer: joinPointer(base, event) }));
}

function fromArray(items: unknown[], base: string): RegistryEntry[] {
  const entries: RegistryEntry[] = [];
  items.forEach((item, index) => {
    const event =
      typeof item === 'string'
        ? item
        : isObject(item)
          ? NAME_KEYS.map((k) => item[k]).find((v) => typeof v === 'string')
          : undefined;
    if (typeof event === 'string') entries.push({ event, versions: versionsOf(item), pointer: `${base}/${index}` });
  });
  return entries;
}

function versionsOf(value: unknown): string[] {
  if (!isObject(value)) return [];
  const listed = value.versions ?? value.schema_versions;
  if (Array.isArray(listed)) return listed.map((v) => String(v).replace(/^v/i, ''));
  const single = value.version ?? value.current_version ?? value.schema_version;
  return typeof single === 'number' || typeof single === 'string' ? [String(single).replace(/^v/i, '')] : [];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
