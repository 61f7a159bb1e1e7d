/**
 * Lint and diff through a FindingsCache. Per-document rules run only on documents whose content
 * changed; rules over the whole repo (names, registry and union sync, version gaps, the envelope)
 * always run. Findings are stored with their source positions, so a warm run indexes no text.
 */
import { runLintRules } from '../lint/lint.js';
import { LINT_RULES } from '../lint/rules.js';
import type { PairResult } from '../versions/types.js';
import type { Finding } from '../model/finding.js';
import type { ContractRepo, SchemaDoc, SchemaPair } from '../model/repo.js';
import type { LintRule } from '../model/rule.js';
import { addPositions } from '../repo/source-map.js';
import { hasCrossFileRefs } from '../pipeline/cross-file-refs.js';
import type { FindingsCache } from './cache.js';

export function lintWithCache(
  repo: ContractRepo,
  cache: FindingsCache,
  docsByFile: ReadonlyMap<string, SchemaDoc>,
  rules: readonly LintRule[] = LINT_RULES,
): Finding[] {
  const repoWide = runLintRules(
    repo,
    rules.filter((r) => !r.perDocument),
  );
  const findings = [...repoWide];
  const perDocument = rules.filter((r) => r.perDocument);
  const todo = new Set<SchemaDoc>();
  for (const doc of repo.docs) {
    const hit = cache.lintFindings(doc);
    if (hit) findings.push(...hit);
    else todo.add(doc);
  }
  if (todo.size === 0) return findings;
  const changed = onlyDocs(repo, todo);
  // A `$ref` to another file makes a document's findings depend on that file too: such runs are
  // done over the whole repo and not cached (fragment refs, `#/$defs/x`, stay inside the document).
  if (hasCrossFileRefs(changed)) {
    return [...repoWide, ...runLintRules(repo, perDocument)];
  }
  const fresh = addPositions(runLintRules(changed, perDocument), docsByFile);
  const byFile = new Map<string, Finding[]>([...todo].map((doc) => [doc.file, []]));
  for (const finding of fresh) (byFile.get(finding.file ?? '') ?? findings).push(finding);
  for (const doc of todo) {
    const own = byFile.get(doc.file)!;
    cache.storeLint(doc, own);
    findings.push(...own);
  }
  return findings;
}

/** The repo restricted to some documents (and the versions they are), for per-document rules. */
function onlyDocs(repo: ContractRepo, docs: ReadonlySet<SchemaDoc>): ContractRepo {
  const events = repo.events
    .map((e) => ({ ...e, versions: e.versions.filter((v) => docs.has(v.doc)) }))
    .filter((e) => e.versions.length > 0);
  return { ...repo, docs: repo.docs.filter((d) => docs.has(d)), events };
}

/** Memoises one pair's diff findings (and notes) under both contents and the options that shape them. */
export function cachedPairDiff(cache: FindingsCache, options: unknown, docsByFile: ReadonlyMap<string, SchemaDoc>) {
  return async (pair: SchemaPair, compute: () => Promise<PairResult>): Promise<PairResult> => {
    const { previous, current } = pair;
    const key = cache.pairKey(previous.doc, current.doc, [
      options,
      pair.event,
      pair.origin,
      previous.version?.raw,
      current.version?.raw,
    ]);
    const hit = cache.diffFindings(key);
    if (hit) return hit;
    const result = await compute();
    const fresh = { findings: addPositions(result.findings, docsByFile), notes: result.notes };
    cache.storeDiff(key, fresh);
    return fresh;
  };
}
