/**
 * What the tree removed since a git revision: published events and versions (COMPATIBILITY.md:
 * "removing a published event or version is the biggest break of all"). Published at the base is
 * what had a schema file there; still present is what has a schema file now, or is still listed
 * by the registry or union (their orphan rules report a listed name without a schema). Deprecation
 * comes from the base schema (`deprecated: true`, `x-sunset`) or the tree's config `deprecations`.
 */
import type { EvtConfig } from '../model/config.js';
import type { ContractRepo, EventContract, EventVersion, RegistryEntry } from '../model/repo.js';
import type { Removal } from '../model/rule.js';
import { getAtPointer } from '../util/json-pointer.js';

/** Registry keys that name who produces or consumes an event. */
const DEPENDENT_KEYS = ['producer', 'producers', 'consumer', 'consumers', 'subscribers'];
/** Top-level keys that do not change what a schema accepts: left out when schemas are matched for a rename. */
const ANNOTATIONS = new Set([
  '$id',
  '$schema',
  'title',
  'description',
  '$comment',
  'examples',
  'deprecated',
  'x-sunset',
]);

export function findRemovals(current: ContractRepo, base: ContractRepo): Removal[] {
  const now = new Map(current.events.map((e) => [e.name, e]));
  const added = current.events.filter((e) => !base.events.some((b) => b.name === e.name));
  const removals: Removal[] = [];
  for (const event of base.events) {
    const kept = now.get(event.name);
    if (!kept) {
      if (stillListed(current, event)) continue;
      const newest = event.versions.at(-1)!;
      removals.push({
        event: event.name,
        version: null,
        file: newest.doc.file,
        ...deprecationOf(newest, [event.name, newest.event], current.config),
        dependents: dependentsOf(current, base, event.name),
        renamedTo: added.filter((a) => sameSchema(a.versions.at(-1)!, newest)).map((a) => a.name),
      });
      continue;
    }
    const listed = registryEntry(current, event.name)?.versions ?? [];
    for (const v of event.versions) {
      if (!v.version || kept.versions.some((k) => k.version?.raw === v.version!.raw) || listed.includes(v.version.raw))
        continue;
      removals.push({
        event: event.name,
        version: v.version,
        file: v.doc.file,
        ...deprecationOf(v, [event.name, `${event.name}@${v.version.raw}`, v.event], current.config),
        dependents: dependentsOf(current, base, event.name),
        renamedTo: [],
      });
    }
  }
  return removals;
}

function stillListed(repo: ContractRepo, event: EventContract): boolean {
  const names = new Set([event.name, ...event.versions.map((v) => v.event)]);
  return (
    (repo.registry?.entries.some((e) => names.has(e.event)) ?? false) ||
    (repo.union?.literals.some((l) => names.has(l.name)) ?? false)
  );
}

/** The schema's own deprecation wins; config `deprecations` keys: the event, `event@version`, the full name. */
function deprecationOf(v: EventVersion, keys: string[], config: EvtConfig): Pick<Removal, 'deprecation'> {
  const json = v.doc.json as Record<string, unknown> | undefined;
  if (json?.deprecated === true) {
    const sunset = typeof json['x-sunset'] === 'string' ? json['x-sunset'] : undefined;
    return { deprecation: { where: 'schema', ...(sunset ? { sunset } : {}) } };
  }
  const key = keys.find((k) => Object.hasOwn(config.deprecations, k));
  return key ? { deprecation: { where: 'config', sunset: config.deprecations[key]! } } : {};
}

/** Who the registry (the tree's, else the base's) records as producing or consuming the event. */
function dependentsOf(current: ContractRepo, base: ContractRepo, event: string): string[] {
  for (const repo of [current, base]) {
    const entry = registryEntry(repo, event);
    if (!entry || !repo.registry) continue;
    const raw = getAtPointer(repo.registry.doc.json, entry.pointer);
    if (typeof raw !== 'object' || raw === null) return [];
    const names = DEPENDENT_KEYS.flatMap((key) => {
      const value = (raw as Record<string, unknown>)[key];
      return (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string');
    });
    return [...new Set(names)];
  }
  return [];
}

function registryEntry(repo: ContractRepo, event: string): RegistryEntry | undefined {
  return repo.registry?.entries.find((e) => e.event === event);
}

function sameSchema(a: EventVersion, b: EventVersion): boolean {
  return a.doc.json !== undefined && b.doc.json !== undefined && canonical(a.doc.json) === canonical(b.doc.json);
}

function canonical(json: unknown): string {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return JSON.stringify(json);
  const kept = Object.entries(json).filter(([key]) => !ANNOTATIONS.has(key));
  return JSON.stringify(Object.fromEntries(kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))));
}
