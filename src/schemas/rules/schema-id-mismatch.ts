import type { RuleFinding } from '../../model/rule.js';
import type { EventVersion } from '../../model/repo.js';
import { defineRule } from '../../rules/define.js';

/**
 * A schema's `$id` names the file it lives in. Copy-pasted schemas keep the old `$id`, and ajv then
 * resolves `$ref`s against the wrong document (JSON Schema 2020-12 §8.2.1: `$id` is the base URI).
 */
export const schemaIdMismatch = defineRule({
  id: 'schema-id-mismatch',
  family: 'schemas',
  scope: 'document',
  kind: 'repo',
  defaultSeverity: 'error',
  docs: {
    summary: "A payload schema's $id ends with its own file name (or names its event and version).",
    rationale: 'A copied $id makes two schemas claim one URI: $ref resolution and registries pick the wrong one.',
    example: {
      bad: 'credit.locked-v1.json with "$id": ".../credit.funded-v1.json"',
      good: '"$id": ".../credit.locked-v1.json"',
    },
  },
  check(repo) {
    const findings: RuleFinding[] = [];
    for (const event of repo.events) {
      for (const v of event.versions) {
        const id = idOf(v);
        if (id === undefined || idAgrees(id, v)) continue;
        findings.push({
          event: v.event,
          file: v.doc.file,
          pointer: '/$id',
          message: `$id "${id}" does not name this file (${basename(v.doc.file)})`,
          hint: `end the $id with /${basename(v.doc.file)}`,
        });
      }
    }
    return findings;
  },
});

function idOf(v: EventVersion): string | undefined {
  const json = v.doc.json as { $id?: unknown; id?: unknown } | undefined;
  const id = json && typeof json === 'object' ? (json.$id ?? json.id) : undefined;
  return typeof id === 'string' ? id : undefined;
}

function idAgrees(id: string, v: EventVersion): boolean {
  const path = id.replace(/[#?].*$/, '');
  const file = basename(v.doc.file);
  if (path === file || path.endsWith(`/${file}`)) return true;
  // non-path ids (urn:...): accept when they carry the event name and, if versioned, the version
  const versions = [...path.matchAll(/(?:^|[^a-z0-9])v?(\d+)(?![0-9])/gi)].map((m) => m[1]);
  return path.includes(v.event) && (!v.version || versions.includes(v.version.raw));
}

function basename(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1);
}
