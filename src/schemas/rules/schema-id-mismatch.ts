import type { RuleFinding } from '../../model/rule.js';
import type { EventVersion } from '../../model/repo.js';
import { defineRule } from '../../rules/define.js';
import { expectedId, idConvention, idOf, namesOwnFile } from '../id-convention.js';

/**
 * A schema's `$id` follows the repo's `$id` convention (src/schemas/id-convention.ts): it names its
 * own file, or it is what the configured or detected template gives for its event. Copy-pasted
 * schemas keep the old `$id`, and ajv then resolves `$ref`s against the wrong document (JSON Schema
 * 2020-12 §8.2.1: `$id` is the base URI). Without a convention nothing is compared (a note says so).
 */
export const schemaIdMismatch = defineRule({
  id: 'schema-id-mismatch',
  family: 'schemas',
  scope: 'repo',
  kind: 'repo',
  defaultSeverity: 'error',
  docs: {
    summary: "A payload schema's $id follows the repo's $id convention (its file name, or schemas.idTemplate).",
    rationale:
      'A copied $id makes two schemas claim one URI: $ref resolution and registries pick the wrong one. Only compared under a convention evt detects or the config names, so a repo with its own scheme (issues$opened) is not flagged wholesale.',
    example: {
      bad: 'credit.locked-v1.json with "$id": ".../credit.funded-v1.json"',
      good: '"$id": ".../credit.locked-v1.json"',
    },
  },
  check(repo) {
    const versions = repo.events.flatMap((e) => e.versions);
    const convention = idConvention(versions, repo.config.schemas.idTemplate);
    if (convention.kind === 'none') return [];
    const findings: RuleFinding[] = [];
    for (const v of versions) {
      const id = idOf(v);
      if (id === undefined) continue;
      const problem = mismatch(id, v, convention);
      if (problem) findings.push({ event: v.event, file: v.doc.file, pointer: '/$id', ...problem });
    }
    return findings;
  },
});

function mismatch(
  id: string,
  v: EventVersion,
  convention: Exclude<ReturnType<typeof idConvention>, { kind: 'none' }>,
): Pick<RuleFinding, 'message' | 'hint'> | undefined {
  if (convention.kind === 'file') {
    if (namesOwnFile(id, v)) return undefined;
    const file = basename(v.doc.file);
    return { message: `$id "${id}" does not name this file (${file})`, hint: `end the $id with /${file}` };
  }
  const expected = expectedId(convention, v)!;
  if (id === expected) return undefined;
  const whose = convention.source === 'config' ? 'schemas.idTemplate' : "the repo's other schemas";
  return {
    message: `$id "${id}" does not follow the $id convention of ${whose} ("${convention.template}"): expected "${expected}"`,
    hint: `set the $id to "${expected}"`,
  };
}

function basename(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1);
}
