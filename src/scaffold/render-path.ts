/**
 * The inverse of a path template: where a schema for (name, version) goes. The result is checked
 * by matching it back with the same template, so a rendered path is always one `evt lint` places
 * under the same name and version.
 */
import { EvtError } from '../model/errors.js';
import type { ContractRepo } from '../model/repo.js';
import { compileTemplate, matchTemplate } from '../repo/templates.js';

export interface PathValues {
  /** The full published name (with `.vN` in versionInName layouts). */
  event: string;
  /** The version as written in paths (`3`, `1.0.0`), when the layout has one. */
  version?: string;
  /** Value for `{contract}`, `{*}` and `{**}` (a directory, or directories for `{**}`). */
  dir?: string;
}

const DIR_PLACEHOLDERS = new Set(['contract', '*', '**']);

export function renderSchemaPath(template: string, values: PathValues): string {
  const compiled = compileTemplate(template);
  const segmentCount = compiled.groups.filter(
    (g) => !DIR_PLACEHOLDERS.has(g) && g !== 'event' && g !== 'version',
  ).length;
  const segments = splitForPlaceholders(values.event, segmentCount);
  let next = 0;
  const rendered = template.replaceAll('{**}/', '{**}').replace(/\{([^}]+)\}/g, (_, name: string) => {
    if (name === 'event') return values.event;
    if (name === 'version') return required(values.version, template, 'a version');
    if (name === '**') return values.dir ? `${values.dir.replace(/\/+$/, '')}/` : '';
    if (DIR_PLACEHOLDERS.has(name)) return required(values.dir, template, 'a directory (--dir)');
    return segments[next++]!;
  });
  const back = matchTemplate(compiled, rendered);
  if (!back || back.event !== values.event || back.version !== values.version) {
    throw new EvtError(
      `cannot place "${values.event}" with the layout template ${template} (it would read back as ${back ? `"${back.event}"` : 'nothing'})`,
      'check layout.schemas in evt.config.yaml, or pass --dir',
    );
  }
  return rendered;
}

/** One name segment per placeholder; the last placeholder takes the rest (`a.b.c` into 2 -> a, b.c). */
function splitForPlaceholders(event: string, count: number): string[] {
  if (count === 0) return [];
  const parts = event.split('.');
  if (parts.length < count)
    throw new EvtError(
      `"${event}" has ${parts.length} name segments; the layout needs ${count}`,
      'use a name with one segment per directory of the layout',
    );
  return [...parts.slice(0, count - 1), parts.slice(count - 1).join('.')];
}

function required(value: string | undefined, template: string, what: string): string {
  if (value === undefined || value === '')
    throw new EvtError(`the layout template ${template} needs ${what}`, 'pass --dir <directory>');
  return value;
}

/** The directory placeholders' values in an existing file's path (`{contract}` -> booking-lifecycle). */
export function capturedDir(template: string, file: string): string | undefined {
  const compiled = compileTemplate(template);
  const m = compiled.regex.exec(file);
  if (!m) return undefined;
  const index = compiled.groups.findIndex((g) => DIR_PLACEHOLDERS.has(g));
  return index < 0 ? undefined : m[index + 1]!.replace(/\/$/, '');
}

/**
 * The directory for a new event: --dir, else the one of the events sharing its first name segment,
 * else (for `{contract}`) one named after that segment.
 */
export function defaultDir(
  repo: ContractRepo,
  template: string,
  baseName: string,
  explicit?: string,
): string | undefined {
  if (explicit !== undefined) return explicit;
  const groups = compileTemplate(template).groups;
  if (!groups.some((g) => DIR_PLACEHOLDERS.has(g))) return undefined;
  const first = baseName.split('.')[0]!;
  for (const event of repo.events) {
    if (event.name.split('.')[0] !== first) continue;
    const dir = capturedDir(template, event.versions[event.versions.length - 1]!.doc.file);
    if (dir !== undefined) return dir;
  }
  return groups.includes('**') ? '' : first;
}
