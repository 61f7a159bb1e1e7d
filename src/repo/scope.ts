/**
 * `--changed --against <ref>`: which files a run needs to read. A changed schema file brings in
 * every version of its event (pairs and version rules need them); files that are no event's
 * schema (envelope, registry, union, anything else) are always kept, the loader picks among them.
 */
import type { EvtConfig } from '../model/config.js';
import { compileTemplate, matchTemplate } from './templates.js';

/** The event a schema file belongs to (the name without a version segment), if it is one. */
export function eventOfFile(file: string, config: EvtConfig, templates = config.layout.schemas.map(compileTemplate)): string | undefined {
  const match = templates.map((t) => matchTemplate(t, file)).find(Boolean);
  if (!match) return undefined;
  const inName = config.layout.versionInName ? /^(.*)\.v(\d+)$/.exec(match.event) : null;
  return inName ? inName[1]! : match.event;
}

/** The events the changed files belong to. */
export function changedEvents(changed: readonly string[], config: EvtConfig): Set<string> {
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
  return file === config.layout.envelope || file === config.layout.registry || /(^|\/)(event[-_.]?)?envelope([-_.][^/]*)?\.(json|ya?ml)$/i.test(file) || /(^|\/)[^/]*registry[^/]*\.(json|ya?ml)$/i.test(file);
}
