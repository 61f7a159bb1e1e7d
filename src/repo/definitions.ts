/**
 * Detects shared definition files (role `definitions`): a file that no schema template places but
 * that another schema of the repo `$ref`s is a building block (`common/money.json`), so it is
 * linted as a schema, and never named, paired or registered as an event. A file a template places
 * stays an event even when referenced (an event may embed another); a folder of definitions that a
 * template would place is declared with `layout.definitions`, which replaces this detection
 * (src/repo/load.ts).
 */
import type { ContractRepo } from '../model/repo.js';
import { refGraph } from '../schemas/refs.js';

/** A `$ref` whose value does not start with `#`, in JSON or YAML text: only then can a file be referenced. */
const CROSS_FILE_REF = /\$ref["']?\s*:\s*["']?(?!#)[^\s"',}]/;

/** The repo with every referenced file no template placed added to `docs` with role `definitions`. */
export function withDetectedDefinitions(repo: ContractRepo): ContractRepo {
  if (!repo.docs.some((doc) => CROSS_FILE_REF.test(doc.text))) return repo;
  // the files refs reach that are not loaded documents: the resolver read them on demand
  const graph = refGraph(repo);
  const targets = new Set(graph.checks.map((check) => check.targetFile));
  const added = [...graph.external.values()].map((a) => a.doc).filter((doc) => targets.has(doc.file));
  if (added.length === 0) return repo;
  return {
    ...repo,
    docs: [...repo.docs, ...added].sort((a, b) => (a.file < b.file ? -1 : 1)),
    definitions: [...new Set([...(repo.definitions ?? []), ...added.map((doc) => doc.file)])].sort(),
  };
}
