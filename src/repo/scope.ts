/**
 * `--changed --against <ref>`: which files a run needs to read. A changed schema file brings in
 * every version of its event (pairs and version rules need them); files that are no event's
 * schema (envelope, registry, union, anything else) are always kept, the loader picks among them.
 */
import type { EvtConfig } from '../model/config.js';
import { compileTemplate, firstMatch, type TemplateMatch } from './templates.js';
import { parseVersion } from './versions.js';

/**
 * The event contract a template match belongs to: the event name without the SalesTalk-style `.vN`
 * name segment (`versionInName`), and the version text, from that segment or from the path.
 */
export function contractOf(match: TemplateMatch, config: EvtConfig): { name: string; versionText: string | undefined } {
  const inName = config.layout.versionInName ? /^(.*)\.v(\d+)$/.exec(match.event) : null;
  return inName ? { name: inName[1]!, versionText: inName[2]! } : { name: match.event, versionText: match.version };
}

/** The event a schema file belongs to (the name without a version segment), if it is one. */
export function eventOfFile(
  file: string,
  config: EvtConfig,
  templates = config.layout.schemas.map(compileTemplate),
): string | undefined {
  const match = firstMatch(templates, file);
  return match ? contractOf(match, config).name : undefined;
}

/** The events the changed files belong to. */
function changedEvents(changed: readonly string[], config: EvtConfig): Set<string> {
  const templates = config.layout.schemas.map(compileTemplate);
  return new Set(changed.map((f) => eventOfFile(f, config, templates)).filter((e): e is string => e !== undefined));
}

/** `files` without the schema files of events no changed file belongs to. */
export function narrowToChanged(files: readonly string[], config: EvtConfig, changed: readonly string[]): string[] {
  const events = changedEvents(changed, config);
  const templates = config.layout.schemas.map(compileTemplate);
  return files.filter((f) => {
    if (isSharedFile(f, config)) return true;
    const event = eventOfFile(f, config, templates);
    return event === undefined || events.has(event);
  });
}

/** The envelope and registry, which can match a schema template too (`envelope-v1.json`); the same tests as the loader's. */
function isSharedFile(file: string, config: EvtConfig): boolean {
  return (
    file === config.layout.envelope ||
    file === config.layout.registry ||
    /(^|\/)(event[-_.]?)?envelope([-_.][^/]*)?\.(json|ya?ml)$/i.test(file) ||
    /(^|\/)[^/]*registry[^/]*\.(json|ya?ml)$/i.test(file)
  );
}

/**
 * Splits a file list in two by event, for two threads (src/plan/sharded.ts): each event's every
 * version lands on one side, so each side can pair and diff its own events. `share` is the part of
 * the events (in name order, interleaved) that goes to the second list. Shared files (envelope,
 * registry) and files of no event stay in the first list.
 */
export function splitByEvent(
  files: readonly string[],
  config: EvtConfig,
  share: number,
): { events: number; pairs: number; first: string[]; second: string[] } {
  const placed = placeFiles(files, config);
  const versionedFiles = new Map<string, number>();
  for (const place of placed.values())
    if (place.versioned) versionedFiles.set(place.event, (versionedFiles.get(place.event) ?? 0) + 1);
  const events = [...new Set([...placed.values()].map((p) => p.event))].sort();
  // interleaved, so neither side gets a run of neighbouring (often similar-sized) events
  const second = new Set(events.filter((_, i) => Math.floor((i + 1) * share) > Math.floor(i * share)));
  // what pairVersions will compare (consecutive or, with --transitive, newest-to-each: n - 1 per event either way)
  const pairs = [...versionedFiles.values()].reduce((sum, n) => sum + n - 1, 0);
  const split = { events: events.length, pairs, first: [] as string[], second: [] as string[] };
  for (const file of files) {
    const place = placed.get(file);
    (place && second.has(place.event) ? split.second : split.first).push(file);
  }
  return split;
}

/**
 * The files a diff of kept versions compares: those with a version, of events with two or more
 * (pairVersions pairs nothing else). `evt diff` without --against reads only these; a schema of a
 * single-version event, the envelope or the registry cannot change its findings.
 */
export function pairedFiles(files: readonly string[], config: EvtConfig): string[] {
  const versioned = new Map<string, string[]>();
  for (const [file, place] of placeFiles(files, config))
    if (place.versioned) versioned.set(place.event, [...(versioned.get(place.event) ?? []), file]);
  const paired = new Set([...versioned.values()].filter((group) => group.length >= 2).flat());
  return files.filter((f) => paired.has(f));
}

/**
 * Each schema file's event and whether its path or name gives a version, as the loader places it
 * (placeVersion); the envelope and registry, which can match a schema template, are left out.
 */
function placeFiles(files: readonly string[], config: EvtConfig): Map<string, { event: string; versioned: boolean }> {
  const templates = config.layout.schemas.map(compileTemplate);
  const placed = new Map<string, { event: string; versioned: boolean }>();
  for (const file of files) {
    const match = isSharedFile(file, config) ? undefined : firstMatch(templates, file);
    if (!match) continue;
    const { name, versionText } = contractOf(match, config);
    placed.set(file, {
      event: name,
      versioned: versionText !== undefined && parseVersion(versionText, config.layout.versionFormat) !== undefined,
    });
  }
  return placed;
}
