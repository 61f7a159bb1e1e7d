/**
 * One run over a repo: lint, diff, or both (`evt check`), then source positions and approvals.
 * The commands are thin wrappers over this; it is also the library entry for CI integrations.
 */
import { applyApprovals, readApprovals } from '../approvals/index.js';
import { loadRepoAtRevision, pairAgainst } from '../versions/against.js';
import type { FindingsCache } from '../cache/cache.js';
import { cachedPairDiff, documentMemo } from '../cache/cached-run.js';
import { engineDiffer } from '../versions/differ.js';
import { diffPairs } from '../versions/diff-repo.js';
import { pairVersions } from '../versions/pairs.js';
import { ruleCatalog } from '../rules-catalog.js';
import { LINT_RULES } from '../rules/index.js';
import { runLintRules } from '../rules/run.js';
import type { CompatibilityMode, ContentPolicy } from '../model/config.js';
import type { Finding } from '../model/finding.js';
import { createReport, type Report } from '../model/report.js';
import type { ContractRepo, SchemaPair } from '../model/repo.js';
import { changedFiles } from '../repo/git.js';
import { addPositions, repoDocsByFile } from '../repo/source-map.js';
import { SILENT, type Progress } from '../util/progress.js';

export interface CheckOptions {
  lint: boolean;
  diff: boolean;
  /** Compare the tree with this git revision instead of (only) kept versions. */
  against?: string;
  mode?: CompatibilityMode;
  policy?: ContentPolicy;
  transitive?: boolean;
  /** Only events whose files changed since `against`. */
  changed?: boolean;
  /** Attach witnesses: always, never, or 'auto' (when few enough pairs are compared to afford it). */
  witnesses?: boolean | 'auto';
  /** Cross-check every pair with json-schema-diff (bounded; off by default: it is slow). */
  crossCheck?: boolean;
  /** YYYY-MM-DD, for approval expiry. */
  today: string;
  progress?: Progress;
  /** Reuse and store findings in this cache (--cache). */
  cache?: FindingsCache;
  /** With `changed`: the files git reported, when the caller already asked (see loadForRun). */
  changedFiles?: readonly string[];
  /** The repo holds only the changed events' files (see loadForRun): repo-wide rules are left out. */
  partial?: boolean;
  /** Sees the positioned findings and the notes before approvals are applied (the --cache run snapshot). */
  beforeApprovals?: (findings: readonly Finding[], notes: readonly string[]) => void;
}

/** Rules left out of `--changed` runs (see RepoRule.needsEveryEvent). */
export const WHOLE_REPO_RULES = new Set(
  LINT_RULES.filter((r) => r.scope === 'repo' && r.needsEveryEvent).map((r) => r.id),
);

/** Witnesses cost an ajv compile per schema; beyond this many pairs they are left out unless asked. */
export const AUTO_WITNESS_PAIRS = 200;

export async function runCheck(repo: ContractRepo, command: string, options: CheckOptions): Promise<Report> {
  const notes = [`layout: ${repo.layout}`];
  const progress = options.progress ?? SILENT;
  const scope =
    options.changed && options.against ? await changedScope(repo, options.against, options.changedFiles) : undefined;
  const rules = options.partial ? LINT_RULES.filter((r) => !WHOLE_REPO_RULES.has(r.id)) : LINT_RULES;
  if (options.partial)
    notes.push(
      `--changed: read ${repo.docs.length} schemas of ${scope?.events.size ?? 0} changed events; left out: ${[...WHOLE_REPO_RULES].join(', ')}`,
    );
  const byFile = repoDocsByFile(repo);
  const cache = options.cache;
  if (options.lint) progress.stage(`linting ${repo.docs.length} schemas`);
  const findings: Finding[] = !options.lint
    ? []
    : cache
      ? runLintRules(repo, rules, documentMemo(cache, byFile))
      : runLintRules(repo, rules);
  if (options.diff) {
    if (options.against) progress.stage(`reading ${options.against} from git`);
    const pairs = await choosePairs(repo, options, scope?.events);
    progress.stage(`comparing ${pairs.length} version pairs`);
    const witnesses = witnessesFor(pairs.length, options.witnesses);
    notes.push(...diffNotes(pairs.length, options.witnesses, witnesses));
    const compared = await diffPairs(repo, scope ? pairs.filter((p) => scope.events.has(p.event)) : pairs, {
      mode: options.mode,
      policy: options.policy,
      differ: engineDiffer({ witnesses, crossCheck: options.crossCheck }),
      ...(cache
        ? { memo: cachedPairDiff(cache, [options.mode, options.policy, witnesses, options.crossCheck], byFile) }
        : {}),
    });
    findings.push(...compared.findings);
    notes.push(...compared.notes);
  }
  const kept = scope ? findings.filter((f) => inScope(f, scope)) : findings;
  cache?.save({ lint: options.lint, diff: options.diff, partial: options.partial });
  const positioned = addPositions(kept, byFile);
  options.beforeApprovals?.(positioned, notes);
  const approved = applyApprovals(positioned, readApprovals(repo.root, repo.config.approvals), options.today);
  return createReport(command, repo.root, approved, notes, ruleCatalog());
}

/** Whether witnesses are built for a run comparing `pairs` pairs. */
export function witnessesFor(pairs: number, option: CheckOptions['witnesses']): boolean {
  return option === 'auto' || option === undefined ? pairs <= AUTO_WITNESS_PAIRS : option;
}

/** The notes a diff run starts with: how many pairs, and witnesses left out. */
export function diffNotes(pairs: number, option: CheckOptions['witnesses'], witnesses: boolean): string[] {
  const notes =
    witnesses || option === false
      ? []
      : [`witnesses left out for ${pairs} pairs (more than ${AUTO_WITNESS_PAIRS}); pass --witnesses to build them`];
  return [...notes, `compared ${pairs} version pair${pairs === 1 ? '' : 's'}`];
}

async function choosePairs(
  repo: ContractRepo,
  options: CheckOptions,
  events?: ReadonlySet<string>,
): Promise<SchemaPair[]> {
  if (!options.against) return pairVersions(repo, options.transitive);
  return pairAgainst(repo, await loadRepoAtRevision(repo, options.against, events));
}

interface Scope {
  files: Set<string>;
  events: Set<string>;
}

/** The files changed since the ref and the events they belong to (by name and, SalesTalk style, full name). */
async function changedScope(repo: ContractRepo, ref: string, known?: readonly string[]): Promise<Scope> {
  const files = new Set(known ?? (await changedFiles(repo.root, ref)));
  const events = new Set<string>();
  for (const event of repo.events.filter((e) => e.versions.some((v) => files.has(v.doc.file)))) {
    events.add(event.name);
    for (const v of event.versions) events.add(v.event);
  }
  return { files, events };
}

function inScope(finding: Finding, scope: Scope): boolean {
  return (
    (finding.event !== undefined && scope.events.has(finding.event)) ||
    (finding.file !== undefined && scope.files.has(finding.file))
  );
}
