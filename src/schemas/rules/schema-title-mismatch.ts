import type { RuleFinding } from '../../model/rule.js';
import type { EventVersion } from '../../model/repo.js';
import { defineRule } from '../../rules/define.js';
import { expectedId } from '../id-convention.js';

const DOTTED = /[a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)+/g;

/**
 * A title that names an event names this schema's own: compared only where a title is the
 * configured `schemas.titleTemplate`, or names an event of this repo (a schema, a registry entry, a
 * union literal) or a sibling of its own (`order.placed` in `order.shipped`). Any other dotted word
 * (`buf.gen.yaml`, `schema.org`) is prose, not an event name.
 */
export const schemaTitleMismatch = defineRule({
  id: 'schema-title-mismatch',
  family: 'schemas',
  scope: 'repo',
  kind: 'repo',
  defaultSeverity: 'error',
  docs: {
    summary:
      "A payload schema's title, when it names an event of the repo or follows schemas.titleTemplate, names its own.",
    rationale:
      'Titles become generated type names and documentation headings; a copied title documents the wrong event. Dotted words that are no event of the repo (`buf.gen.yaml`) are not compared.',
    example: {
      bad: 'credit.locked-v1.json titled "credit.funded payload v1"',
      good: 'titled "credit.locked payload v1"',
    },
  },
  check(repo) {
    const template = repo.config.schemas.titleTemplate;
    // the registry and union name events too (a repo read for --changed holds only some of its schemas)
    const events = new Set([
      ...repo.events.flatMap((e) => [e.name, ...e.versions.map((v) => v.event)]),
      ...(repo.registry?.entries.map((entry) => entry.event) ?? []),
      ...(repo.union?.literals.map((literal) => literal.name) ?? []),
    ]);
    const findings: RuleFinding[] = [];
    for (const event of repo.events) {
      for (const v of event.versions) {
        const problem = template === undefined ? titleProblem(v, events) : templateProblem(v, template);
        if (problem) findings.push({ event: v.event, file: v.doc.file, pointer: '/title', ...problem });
      }
    }
    return findings;
  },
});

function titleOf(v: EventVersion): string | undefined {
  const title = (v.doc.json as { title?: unknown } | undefined)?.title;
  return typeof title === 'string' ? title : undefined;
}

function templateProblem(v: EventVersion, template: string): Pick<RuleFinding, 'message' | 'hint'> | undefined {
  const title = titleOf(v);
  const expected = expectedId({ kind: 'template', template, source: 'config' }, v)!;
  if (title === undefined || title === expected) return undefined;
  return {
    message: `title "${title}" does not follow schemas.titleTemplate: expected "${expected}"`,
    hint: `set the title to "${expected}"`,
  };
}

/** A name shaped like a sibling of the event (`order.placed` beside `order.shipped`): same first segment and count. */
function sibling(name: string, event: string): boolean {
  const [a, b] = [name.split('.'), event.split('.')];
  return a.length === b.length && a[0] === b[0];
}

function titleProblem(v: EventVersion, events: ReadonlySet<string>): Pick<RuleFinding, 'message'> | undefined {
  const title = titleOf(v);
  if (title === undefined) return undefined;
  const named = [...title.matchAll(DOTTED)].map((m) => m[0]).filter((n) => events.has(n) || sibling(n, v.event));
  const own = (n: string): boolean => n === v.event || v.event.startsWith(`${n}.v`);
  const other = named.find((n) => !own(n));
  if (other !== undefined && !named.includes(v.event))
    return { message: `title "${title}" names "${other}", not "${v.event}"` };
  if (!named.some(own)) return undefined;
  const version = /\bv(\d+)\b/i.exec(title.replaceAll(v.event, ''))?.[1];
  if (v.version?.format === 'integer' && version !== undefined && version !== v.version.raw)
    return { message: `title "${title}" says v${version}, the file is v${v.version.raw}` };
  return undefined;
}
