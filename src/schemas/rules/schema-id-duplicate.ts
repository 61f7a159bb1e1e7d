/**
 * schema-id-duplicate: no two files of the repo declare the same `$id`. A `$id` is the schema's
 * URI (2020-12 Core §8.2.1): with two claimants a validator keeps one and resolves the other's refs,
 * fragments included, in the wrong document. Reported once per `$id` at the later file, naming both.
 */
import type { FindingDraft } from '../../model/finding.js';
import { defineRule } from '../../rules/define.js';
import { analyzeRepo, type AnalyzedDoc } from '../analyze.js';
import { schemaFinding } from '../finding.js';
import { refGraph } from '../refs.js';
import { expectedId, idConvention, namesOwnFile } from '../id-convention.js';
import { ID_BASE } from '../uris.js';
import type { EventVersion } from '../../model/repo.js';

const id = 'schema-id-duplicate';

export const schemaIdDuplicate = defineRule({
  id,
  family: 'schemas',
  scope: 'repo',
  kind: 'repo',
  defaultSeverity: 'error',
  docs: {
    summary: 'No two schema files declare the same `$id`.',
    rationale:
      'A `$id` is the URI other schemas and validators find a schema by: with two files claiming it, one silently wins and `$ref`s into the other resolve in the wrong document.',
    example: {
      bad: 'a/user.json and b/user.json both with "$id": "common/user.schema.json"',
      good: 'each file with its own "$id" (or one file, referenced from both places)',
    },
  },
  check(repo) {
    const graph = refGraph(repo);
    const byFile = new Map<string, Pick<AnalyzedDoc, 'doc' | 'index'> & { event?: string }>([
      ...graph.external,
      ...analyzeRepo(repo).map((a): [string, AnalyzedDoc] => [a.doc.file, a]),
    ]);
    const versions = new Map(
      repo.events.flatMap((e) => e.versions.map((v): [string, EventVersion] => [v.doc.file, v])),
    );
    const convention = idConvention([...versions.values()], repo.config.schemas.idTemplate);
    const owns = (uri: string, file: string): boolean => {
      const v = versions.get(file);
      if (!v) return names(uri, file);
      const own = expectedId(convention, v);
      return own === undefined ? namesOwnFile(written(uri), v) : resolves(own, uri) || resolves(own, written(uri));
    };
    const findings: FindingDraft[] = [];
    // a relative `$id` is claimed twice: as written and resolved against each file's retrieval URI; one finding
    const reported = new Set<string>();
    const byWritten = [...graph.duplicateIds].sort(
      (a, b) => Number(!a.id.startsWith(ID_BASE)) - Number(!b.id.startsWith(ID_BASE)),
    );
    for (const { id: uri, files } of byWritten) {
      if (files.some((file) => reported.has(file))) continue;
      // a copied `$id` is the one its file's convention does not give: report the copies, naming the owner
      const owner = files.find((file) => owns(uri, file)) ?? files[0]!;
      for (const file of files) {
        const analyzed = byFile.get(file);
        reported.add(file);
        if (file === owner || !analyzed) continue;
        const resource = analyzed.index.resources.find((r) => r.uri === uri || r.idUri === uri);
        const pointer = `${resource?.pointer ?? ''}/${analyzed.index.draft === '04' ? 'id' : '$id'}`;
        findings.push(
          schemaFinding(id, analyzed, pointer, `$id "${written(uri)}" is also the $id of ${owner}`, {
            hint: `give ${file} its own $id (two schemas cannot share one URI)`,
          }),
        );
      }
    }
    return findings;
  },
});

function resolves(id: string, uri: string): boolean {
  return id === uri || id.replace(/#$/, '') === uri;
}

/** Whether a `$id` URI ends with the file's own name (the usual convention). */
function names(uri: string, file: string): boolean {
  const base = file.slice(file.lastIndexOf('/') + 1);
  return uri === base || uri.endsWith(`/${base}`);
}

/** The `$id` as the schema wrote it when it was relative-looking (evt keys those under ID_BASE). */
function written(uri: string): string {
  return uri.startsWith(ID_BASE) ? uri.slice(ID_BASE.length) : uri;
}
