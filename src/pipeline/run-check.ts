/**
 * One run over a loaded repo: load → lint → pair → diff → positions → approvals → report. The run
 * plans of src/plan/ decide how the repo is loaded (whole, only what changed, on two threads, or
 * replayed from --cache) and call these same stages; this is also the library entry for CI.
 */
import type { FindingsCache } from '../cache/cache.js';
import type { Finding } from '../model/finding.js';
import type { Report } from '../model/report.js';
import type { ContractRepo } from '../model/repo.js';
import { changedFiles, type GitRevision } from '../repo/git.js';
import { eventOfFile } from '../repo/scope.js';
import { repoDocsByFile, addPositions } from '../repo/source-map.js';
import { compileTemplate } from '../repo/templates.js';
import { ruleCatalog } from '../rules/catalog.js';
import { runRemovalRules } from '../rules/run.js';
import { SILENT, type Progress } from '../util/progress.js';
import { reportStage, type Checked } from './report.js';
import { diffNotes, witnessesFor, type RunRequest } from './request.js';
import { compareStage, diffStage, lintRules, lintStage, WHOLE_REPO_RULES } from './stages.js';
import { appendAll } from '../util/append.js';
import { lintNotes } from '../lint/notes.js';

/** How a run is carried out, not what it finds: progress on stderr, the --cache store. */
export interface RunTools {
  progress?: Progress;
  cache?: FindingsCache;
  /** The `--against` revision, opened ahead (the changed-only plan opens it while git lists the tree). */
  revision?: GitRevision;
}

/** `--changed --against`: the files changed since the ref and the events they belong to. */
export interface ChangedScope {
  files: ReadonlySet<string>;
  events: ReadonlySet<string>;
  /** The repo holds only these events' files: rules over the whole repo are left out. */
  partial: boolean;
}

/** With `changed` and `against`, only the changed events' findings are kept (the repo is read whole). */
export async function runCheck(repo: ContractRepo, request: RunRequest, tools: RunTools = {}): Promise<Report> {
  const scope =
    request.changed && request.against
      ? changedScope(repo, await changedFiles(repo.root, request.against), false)
      : undefined;
  return reportStage(repo, request, await checkRepo(repo, request, tools, scope));
}

/** Every stage up to the approvals: the positioned findings and the notes. */
export async function checkRepo(
  repo: ContractRepo,
  request: RunRequest,
  tools: RunTools = {},
  scope?: ChangedScope,
): Promise<Checked> {
  const notes = [`layout: ${repo.layout}`];
  const progress = tools.progress ?? SILENT;
  if (scope?.partial)
    notes.push(
      `--changed: read ${repo.docs.length} schemas of ${scope.events.size} changed events; left out: ${[...WHOLE_REPO_RULES].join(', ')}`,
    );
  const byFile = repoDocsByFile(repo);
  const { cache } = tools;
  if (request.lint) progress.stage(`linting ${repo.docs.length} schemas`);
  if (request.lint) appendAll(notes, lintNotes(repo));
  const findings = request.lint ? lintStage(repo, lintRules(scope?.partial ? 'partial' : 'all'), cache, byFile) : [];
  if (request.diff) {
    if (request.against) progress.stage(`reading ${request.against} from git`);
    const { pairs, removals } = await compareStage(repo, request, scope?.events, tools.revision);
    appendAll(findings, runRemovalRules(removals, request.today, repo.config.rules));
    progress.stage(`comparing ${pairs.length} version pairs`);
    const witnesses = witnessesFor(pairs.length, request.witnesses);
    appendAll(notes, diffNotes(pairs.length, request.witnesses, witnesses));
    const compared = await diffStage(
      repo,
      scope ? pairs.filter((p) => scope.events.has(p.event)) : pairs,
      request,
      witnesses,
      cache && { store: cache, byFile },
    );
    appendAll(findings, compared.findings);
    appendAll(notes, compared.notes);
  }
  const kept = scope ? findings.filter((f) => inScope(f, scope)) : findings;
  cache?.save({ lint: request.lint, diff: request.diff, partial: scope?.partial });
  return { findings: addPositions(kept, byFile), notes, rules: ruleCatalog() };
}

/** The changed files and the events they belong to (by name and, SalesTalk style, full name). */
export function changedScope(repo: ContractRepo, changed: readonly string[], partial: boolean): ChangedScope {
  const files = new Set(changed);
  const events = new Set<string>();
  for (const event of repo.events.filter((e) => e.versions.some((v) => files.has(v.doc.file)))) {
    events.add(event.name);
    for (const v of event.versions) events.add(v.event);
  }
  // a deleted file's event is no longer in the tree: named by its path, so its removal is judged
  const templates = repo.config.layout.schemas.map(compileTemplate);
  for (const file of changed) {
    const name = eventOfFile(file, repo.config, templates);
    if (name !== undefined) events.add(name);
  }
  return { files, events, partial };
}

function inScope(finding: Finding, scope: ChangedScope): boolean {
  return (
    (finding.event !== undefined && scope.events.has(finding.event)) ||
    (finding.file !== undefined && scope.files.has(finding.file))
  );
}
