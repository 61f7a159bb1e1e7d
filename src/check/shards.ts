/**
 * `evt lint`, `diff` and `check` on two threads for big repos (issue 6: "use both cores where it
 * pays"). The file list is split by event (src/repo/scope.ts splitByEvent): a worker thread reads,
 * parses, lints (per-document rules) and diffs its events while the main thread does the same for
 * the rest, plus the envelope, registry and union. The worker sends its repo model without texts or
 * parsed JSON as soon as it has read its files, then its findings (with source positions); the main
 * thread merges the two models and runs the rules over the whole repo (names, registry/union sync,
 * version gaps) on the merge while the worker still checks.
 *
 * Nothing is parsed twice and no parsed document crosses threads (copying one costs as much as
 * parsing it), so memory stays that of one run. The report is the one `runCheck` gives serially,
 * byte for byte (test/check/shards.test.ts); where that cannot be guaranteed the run is serial:
 * with --cache, --changed and --against, and when a schema `$ref`s another file (its findings then
 * depend on a document the other thread read).
 */
import os from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { applyApprovals, readApprovals } from '../approvals/index.js';
import { engineDiffer } from '../versions/differ.js';
import { diffPairs } from '../versions/diff-repo.js';
import { pairVersions } from '../versions/pairs.js';
import { ruleCatalog } from '../rules-catalog.js';
import { LINT_RULES } from '../rules/index.js';
import { runLintRules } from '../rules/run.js';
import type { EvtConfig } from '../model/config.js';
import type { Finding } from '../model/finding.js';
import { createReport, type Report } from '../model/report.js';
import type { ContractRepo, SchemaDoc } from '../model/repo.js';
import { assembleRepo, readListedRepo, rootReader, type ListedRepo } from '../repo/load.js';
import { splitByEvent } from '../repo/scope.js';
import { addPositions, repoDocsByFile } from '../repo/source-map.js';
import { analyzeRepo } from '../schemas/analyze.js';
import { SILENT } from '../util/progress.js';
import { SHARD_MIN_FILES, type Concurrency } from './concurrency.js';
import { diffNotes, runCheck, witnessesFor, type CheckOptions } from './run-check.js';

/**
 * The worker's part of the events. The main thread also runs the rules over the whole repo once
 * the worker's model is in (~0.4 s at 10,000 events, mostly near-duplicate names), so with lint on
 * the worker takes more; a diff alone is split evenly.
 */
function workerShare(options: Pick<CheckOptions, 'lint' | 'diff'>): number {
  if (!options.lint) return 0.5;
  return options.diff ? 0.55 : 0.6;
}
const TASK_KEY = 'evtShardTask';

interface ShardTask {
  root: string;
  config: EvtConfig;
  files: string[];
  /** Those of `files` the walk saw as regular files (read without resolving links, see rootReader). */
  regular: string[];
  lint: boolean;
  diff: boolean;
  diffOptions: Pick<CheckOptions, 'mode' | 'policy' | 'transitive' | 'crossCheck'> & { witnesses: boolean };
}

/** One side's repo model without texts and parsed JSON (what the repo-wide rules read). */
type LightRepo = Pick<ContractRepo, 'events' | 'docs' | 'rejected' | 'skipped'>;

/** What one side's checks give: positioned findings and diff notes. */
interface ShardChecked {
  findings: Finding[];
  notes: string[];
  /** Some schema `$ref`s another file: per-document findings may depend on the other side. */
  crossFileRefs: boolean;
}

/** Whether this run goes on two threads. */
export function useShards(
  listed: ListedRepo,
  options: Pick<CheckOptions, 'changed' | 'against'> & { cached: boolean },
  concurrency: Concurrency = 'auto',
): boolean {
  if (concurrency === 'off' || options.cached || options.changed || options.against) return false;
  return concurrency === 'on' || (listed.files.length >= SHARD_MIN_FILES && os.availableParallelism() >= 2);
}

export async function runCheckSharded(listed: ListedRepo, command: string, options: CheckOptions): Promise<Report> {
  const progress = options.progress ?? SILENT;
  const split = splitByEvent(listed.files, listed.config, workerShare(options));
  // witnesses depend on the run's pair count, known here from the file names alone (a file that
  // turns out unreadable is still counted: it only matters for a repo right at the 200-pair line)
  const witnesses = witnessesFor(split.pairs, options.witnesses);
  const diffOptions = {
    mode: options.mode,
    policy: options.policy,
    transitive: options.transitive,
    crossCheck: options.crossCheck,
    witnesses,
  };
  const task = (files: string[]): ShardTask => ({
    root: listed.root,
    config: listed.config,
    files,
    regular: files.filter((f) => listed.regularFiles.has(f)),
    lint: options.lint,
    diff: options.diff,
    diffOptions,
  });
  const worker = startWorker(task(split.second));
  progress.stage(`checking ${listed.files.length} files on two threads`);
  const mainRepo = readListedRepo(listed, split.first);
  const own = await checkShard(mainRepo, task(split.first));

  // If the worker fails (it could not start, it threw), the main thread does its part.
  let workerFailure: string | undefined;
  let fallback: Promise<{ repo: LightRepo; checked: ShardChecked }> | undefined;
  const instead = (error: Error) => {
    workerFailure ??= `the worker thread failed (${error.message}); the main thread did its part`;
    fallback ??= (async () => {
      const repo = assembleRepo(listed.root, listed.config, split.second, listed.read);
      return { repo: withoutContent(repo), checked: await checkShard(repo, task(split.second)) };
    })();
    return fallback;
  };
  // The worker sends its repo model as soon as it has read its files: the rules over the whole
  // repo run here while it still lints and diffs.
  const otherRepo = await worker.repo.catch(async (error: Error) => (await instead(error)).repo);
  const repo = mergeRepos(mainRepo, otherRepo);
  const repoWide = runLintRules(repo, options.lint ? LINT_RULES.filter((r) => r.scope !== 'document') : []);
  const other = await worker.checked.catch(async (error: Error) => (await instead(error)).checked);
  // a `$ref` to another file: that file may be on the other side; do it all on one thread
  if (own.crossFileRefs || other.crossFileRefs)
    return runCheck(readListedRepo(listed), command, { ...options, progress });

  const notes = [`layout: ${repo.layout}`, ...(workerFailure ? [workerFailure] : [])];
  if (options.diff)
    notes.push(...diffNotes(split.pairs, options.witnesses, witnesses), ...mergeByEvent(own.notes, other.notes));
  const positioned = [...own.findings, ...other.findings, ...addPositions(repoWide, repoDocsByFile(repo))];
  options.beforeApprovals?.(positioned, notes);
  const approved = applyApprovals(positioned, readApprovals(repo.root, repo.config.approvals), options.today);
  return createReport(command, repo.root, approved, notes, ruleCatalog());
}

/** One side's work: per-document lint rules and its events' version pairs, positions added. */
async function checkShard(repo: ContractRepo, task: ShardTask): Promise<ShardChecked> {
  const findings = task.lint
    ? runLintRules(
        repo,
        LINT_RULES.filter((r) => r.scope === 'document'),
      )
    : [];
  const crossFileRefs = task.lint && analyzeRepo(repo).some((a) => a.index.refs.some((r) => !r.ref.startsWith('#')));
  let notes: string[] = [];
  if (task.diff) {
    const { witnesses, crossCheck, ...rest } = task.diffOptions;
    const compared = await diffPairs(repo, pairVersions(repo, rest.transitive), {
      mode: rest.mode,
      policy: rest.policy,
      differ: engineDiffer({ witnesses, crossCheck }),
    });
    findings.push(...compared.findings);
    notes = compared.notes;
  }
  const positioned = addPositions(findings, repoDocsByFile(repo));
  return { findings: positioned, notes, crossFileRefs };
}

/** The model without texts and parsed JSON (what the repo-wide rules read: names, files, problems). */
function withoutContent(repo: ContractRepo): LightRepo {
  const light = new Map<SchemaDoc, SchemaDoc>();
  const strip = (doc: SchemaDoc): SchemaDoc => {
    let out = light.get(doc);
    if (!out)
      light.set(
        doc,
        (out = {
          file: doc.file,
          format: doc.format,
          text: '',
          json: undefined,
          ...(doc.parseError ? { parseError: doc.parseError } : {}),
        }),
      );
    return out;
  };
  return {
    events: repo.events.map((e) => ({ name: e.name, versions: e.versions.map((v) => ({ ...v, doc: strip(v.doc) })) })),
    docs: repo.docs.map(strip),
    rejected: (repo.rejected ?? []).map(strip),
    skipped: repo.skipped,
  };
}

function mergeRepos(main: ContractRepo, other: LightRepo): ContractRepo {
  const byName = <T extends { name: string }>(a: T, b: T) => (a.name < b.name ? -1 : 1);
  const byFile = <T extends { file: string }>(a: T, b: T) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  return {
    ...main,
    events: [...main.events, ...other.events].sort(byName),
    docs: [...main.docs, ...other.docs].sort(byFile),
    rejected: [...(main.rejected ?? []), ...(other.rejected ?? [])].sort(byFile),
    skipped: [...main.skipped, ...other.skipped].sort(byFile),
  };
}

/** Diff notes read `<event>: ...` in event order on each side; the serial run lists them in event order. */
function mergeByEvent(a: string[], b: string[]): string[] {
  const eventOf = (note: string) => note.slice(0, note.indexOf(': '));
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length)
    out.push(j >= b.length || (i < a.length && eventOf(a[i]!) <= eventOf(b[j]!)) ? a[i++]! : b[j++]!);
  return out;
}

/**
 * The worker runs shard-worker.js, which calls serveShardTask: it posts two messages, its repo model once read, then its checks. Any failure
 * (it could not start, it threw, it exited early) rejects what has not arrived yet.
 */
function startWorker(task: ShardTask): { repo: Promise<LightRepo>; checked: Promise<ShardChecked> } {
  let settle!: {
    repo: [(r: LightRepo) => void, (e: Error) => void];
    checked: [(c: ShardChecked) => void, (e: Error) => void];
  };
  const repo = new Promise<LightRepo>((resolve, reject) => (settle = { ...settle, repo: [resolve, reject] }));
  const checked = new Promise<ShardChecked>((resolve, reject) => (settle = { ...settle, checked: [resolve, reject] }));
  const fail = (error: Error) => {
    settle.repo[1](error);
    settle.checked[1](error);
  };
  // a promise nobody awaited yet must not count as an unhandled rejection
  repo.catch(() => undefined);
  checked.catch(() => undefined);
  try {
    // beside this module: dist/check/ (tsc) or dist/cli/ (the bundle, scripts/bundle.mjs)
    const worker = new Worker(new URL('./shard-worker.js', import.meta.url), {
      workerData: { [TASK_KEY]: task },
      stdout: true,
      stderr: true,
    });
    worker.on('message', (message: { repo?: LightRepo; checked?: ShardChecked; error?: string }) => {
      if (message.repo) settle.repo[0](message.repo);
      else if (message.checked) settle.checked[0](message.checked);
      else fail(new Error(message.error));
    });
    worker.once('error', fail);
    worker.once('exit', (code) => fail(new Error(`shard worker exited with ${code}`)));
  } catch (error) {
    fail(error as Error);
  }
  return { repo, checked };
}

/** The worker's side (src/check/shard-worker.ts calls it): read, post the model, check, post the findings. */
export function serveShardTask(): void {
  const shardTask = !isMainThread ? (workerData as Record<string, ShardTask> | undefined)?.[TASK_KEY] : undefined;
  if (!shardTask || !parentPort) return;
  const port = parentPort;
  const run = async () => {
    const repo = assembleRepo(
      shardTask.root,
      shardTask.config,
      shardTask.files,
      rootReader(shardTask.root, new Set(shardTask.regular)),
    );
    port.postMessage({ repo: withoutContent(repo) });
    port.postMessage({ checked: await checkShard(repo, shardTask) });
  };
  run().catch((error: unknown) => port.postMessage({ error: error instanceof Error ? error.message : String(error) }));
}

export { CONCURRENCY, SHARD_MIN_FILES, type Concurrency } from './concurrency.js';
