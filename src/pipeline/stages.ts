/**
 * The stages of a run, as plain functions over data: lint, pair, diff, positions, approvals,
 * report. runCheck (run-check.ts) calls them in that order; the run plans of src/plan/ compose the
 * same functions (a worker thread calls them on its share of the events). The last two stages,
 * approvals and the report, are in report.ts: a --cache replay needs only those.
 */
import type { FindingsCache } from '../cache/cache.js';
import { cachedPairDiff, documentMemo } from '../cache/cached-run.js';
import { LINT_RULES } from '../rules/index.js';
import { runLintRules } from '../rules/run.js';
import type { Finding } from '../model/finding.js';
import type { ContractRepo, SchemaDoc, VersionPair } from '../model/repo.js';
import type { LintRule, Removal } from '../model/rule.js';
import type { GitRevision } from '../repo/git.js';
import { loadRepoAtRevision, pairAgainst } from '../versions/against.js';
import { engineDiffer } from '../versions/differ.js';
import { diffVersionPairs } from '../versions/diff-repo.js';
import { pairVersions } from '../versions/pairs.js';
import { findRemovals } from '../versions/removals.js';
import type { Found } from './report.js';
import type { RunRequest } from './request.js';

/**
 * Rules that need every event of the repo (`needsEveryEvent`): on a repo loaded for `--changed` they
 * would report registry entries and union literals of the events not read as orphans, and they
 * cannot see a near-duplicate among names not read. They run on every full `evt lint`/`evt check`.
 */
export const WHOLE_REPO_RULES = new Set(
  LINT_RULES.filter((r) => r.scope === 'repo' && r.needsEveryEvent).map((r) => r.id),
);

/**
 * The lint rules a run applies: every one; those a partial (`--changed`) repo can judge; one
 * thread's per-document share; or the rules over the whole repo the main thread runs on the merge.
 */
export function lintRules(which: 'all' | 'partial' | 'per-document' | 'repo-wide'): readonly LintRule[] {
  if (which === 'partial') return LINT_RULES.filter((r) => !WHOLE_REPO_RULES.has(r.id));
  if (which === 'per-document') return LINT_RULES.filter((r) => r.scope === 'document');
  if (which === 'repo-wide') return LINT_RULES.filter((r) => r.scope !== 'document');
  return LINT_RULES;
}

/** The lint rules over the repo; with a cache, per-document findings of unchanged files are reused. */
export function lintStage(
  repo: ContractRepo,
  rules: readonly LintRule[],
  cache: FindingsCache | undefined,
  byFile: ReadonlyMap<string, SchemaDoc>,
): Finding[] {
  return runLintRules(repo, rules, cache && documentMemo(cache, byFile));
}

/**
 * The version pairs to compare: kept versions in the tree, or the tree against `request.against`
 * (`opened`: that revision, when the plan opened it ahead; `events`: only these events' files).
 */
export async function pairStage(
  repo: ContractRepo,
  request: Pick<RunRequest, 'against' | 'transitive'>,
  events?: ReadonlySet<string>,
  opened?: GitRevision,
): Promise<VersionPair[]> {
  return (await compareStage(repo, request, events, opened)).pairs;
}

/** What the tree is compared with: the version pairs and, against a git revision, what it removed. */
export async function compareStage(
  repo: ContractRepo,
  request: Pick<RunRequest, 'against' | 'transitive'>,
  events?: ReadonlySet<string>,
  opened?: GitRevision,
): Promise<{ pairs: VersionPair[]; removals: Removal[] }> {
  if (!request.against) return { pairs: pairVersions(repo, request.transitive), removals: [] };
  const base = await loadRepoAtRevision(repo, opened ?? request.against, events);
  return { pairs: pairAgainst(repo, base), removals: findRemovals(repo, base) };
}

/** Each pair's changes, classified under the mode and policy, with the version policy applied. */
export function diffStage(
  repo: ContractRepo,
  pairs: VersionPair[],
  request: Pick<RunRequest, 'mode' | 'policy' | 'crossCheck'>,
  witnesses: boolean,
  cache?: { store: FindingsCache; byFile: ReadonlyMap<string, SchemaDoc> },
): Promise<Found> {
  return diffVersionPairs(repo, pairs, {
    mode: request.mode,
    policy: request.policy,
    differ: engineDiffer({ witnesses, crossCheck: request.crossCheck }),
    ...(cache
      ? {
          memo: cachedPairDiff(
            cache.store,
            [request.mode, request.policy, witnesses, request.crossCheck],
            cache.byFile,
          ),
        }
      : {}),
  });
}
