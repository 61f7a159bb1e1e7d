/**
 * Path templates: `contracts/{contract}/schema/payloads/{event}-v{version}.json` says where schemas
 * live and how the event name and version are read from the path.
 *
 * `{event}` is the whole dotted name, `{version}` the version, `{contract}` and `{*}` one directory
 * that is not part of the name, `{**}/` any number of directories. Any other `{placeholder}` is one name segment; segments are joined
 * with '.' in template order (`events/{aggregate}/{action}.schema.json` -> `payment.completed`).
 * A `.json` suffix also matches `.yaml` and `.yml`, so one template serves both formats.
 */

export interface CompiledTemplate {
  template: string;
  regex: RegExp;
  /** Placeholder names in capture-group order. */
  groups: string[];
}

export interface TemplateMatch {
  event: string;
  version?: string;
}

const NON_NAME = new Set(['event', 'version', 'contract', '*', '**']);

export function compileTemplate(template: string): CompiledTemplate {
  const groups: string[] = [];
  let source = '';
  // `{**}/` is any number of directories, including none
  const parts = template.replaceAll('{**}/', '{**}').split(/(\{[^}]+\})/);
  parts.forEach((part, index) => {
    const placeholder = /^\{([^}]+)\}$/.exec(part)?.[1];
    if (placeholder === undefined) {
      const isLast = index === parts.length - 1;
      source +=
        isLast && part.endsWith('.json') ? `${escapeRegExp(part.slice(0, -5))}\\.(?:json|ya?ml)` : escapeRegExp(part);
      return;
    }
    groups.push(placeholder);
    // version: digits with '.' or '-' separators (integer, semver, SchemaVer); others: no '/'
    if (placeholder === '**') source += '((?:[^/]+/)*)';
    else if (placeholder === 'version') source += '(\\d+(?:[.-]\\d+)*)';
    else source += '([^/]+?)';
  });
  return { template, regex: new RegExp(`^${source}$`), groups };
}

export function matchTemplate(compiled: CompiledTemplate, repoPath: string): TemplateMatch | undefined {
  const m = compiled.regex.exec(repoPath);
  if (!m) return undefined;
  let event: string | undefined;
  let version: string | undefined;
  const segments: string[] = [];
  compiled.groups.forEach((group, i) => {
    const value = m[i + 1]!;
    if (group === 'event') event = value;
    else if (group === 'version') version = value;
    else if (!NON_NAME.has(group)) segments.push(value);
  });
  if (segments.length) event = event ? `${event}.${segments.join('.')}` : segments.join('.');
  return event === undefined ? undefined : { event, version };
}

/** A glob that finds every file the template can match (placeholders become `*`). */
/** The first template (in config order) that places `repoPath`; the rest are not tried. */
export function firstMatch(templates: readonly CompiledTemplate[], repoPath: string): TemplateMatch | undefined {
  for (const template of templates) {
    const match = matchTemplate(template, repoPath);
    if (match) return match;
  }
  return undefined;
}

/** @internal Exported for test/repo/templates.test.ts: template -> glob as a table. */
export function templateGlob(template: string): string {
  const glob = template
    .replaceAll('{**}/', '**/')
    .replace(/\{[^}*]+\}|\{\*\}/g, '*')
    .replace(/(?<!\*)\*{2,}(?!\/)/g, '*');
  return glob.endsWith('.json') ? `${glob.slice(0, -5)}.{json,yaml,yml}` : glob;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
