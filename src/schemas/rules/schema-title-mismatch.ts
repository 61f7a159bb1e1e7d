import type { RuleFinding } from '../../model/rule.js';
import type { EventVersion } from '../../model/repo.js';
import { defineRule } from '../../rules/define.js';

const DOTTED = /[a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)+/g;

/** A title that names an event or a version names this schema's own. */
export const schemaTitleMismatch = defineRule({
  id: 'schema-title-mismatch',
  family: 'schemas',
  scope: 'document',
  kind: 'repo',
  defaultSeverity: 'error',
  docs: {
    summary: "A payload schema's title, when it names an event or version, names its own.",
    rationale:
      'Titles become generated type names and documentation headings; a copied title documents the wrong event.',
    example: {
      bad: 'credit.locked-v1.json titled "credit.funded payload v1"',
      good: 'titled "credit.locked payload v1"',
    },
  },
  check(repo) {
    const findings: RuleFinding[] = [];
    for (const event of repo.events) {
      for (const v of event.versions) {
        const problem = titleProblem(v);
        if (problem) findings.push({ event: v.event, file: v.doc.file, pointer: '/title', message: problem });
      }
    }
    return findings;
  },
});

function titleProblem(v: EventVersion): string | undefined {
  const title = (v.doc.json as { title?: unknown } | undefined)?.title;
  if (typeof title !== 'string') return undefined;
  const named = [...title.matchAll(DOTTED)].map((m) => m[0]);
  const other = named.find((n) => n !== v.event && !v.event.startsWith(`${n}.v`));
  if (other !== undefined && !named.includes(v.event)) return `title "${title}" names "${other}", not "${v.event}"`;
  const version = /\bv(\d+)\b/i.exec(title.replaceAll(v.event, ''))?.[1];
  if (v.version?.format === 'integer' && version !== undefined && version !== v.version.raw)
    return `title "${title}" says v${version}, the file is v${v.version.raw}`;
  return undefined;
}
