/**
 * `evt lint`, `diff` and `check` on two threads for big repos (issue 6: "use both cores where it
 * pays"). The file list is split by event (src/repo/scope.ts splitByEvent): a worker thread reads,
 * parses, lints (per-document rules) and diffs its events while the main thread does the same for
 * the rest, plus the envelope, registry and union. Each side sends back findings (with source
 * positions) and its repo model without texts or parsed JSON; the main thread merges the two models
 * and runs the rules over the whole repo (names, registry/union sync, version gaps) on the merge.
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
import { engineDiffer } from '../compare/differ.js';
import { diffPairs } from '../compare/diff-repo.js';
import { pairVersions } from '../compare/pairs.js';
import { runLintRules } from '../lint/lint.js';
import { LINT_RULES } from '../lint/rules.js';
import type { EvtConfig } from '../model/config.js';
import type { Finding } from '../model/finding.js';
import { createReport, type Report } from '../model/report.js';
import type { ContractRepo, SchemaDoc } from '../model/repo.js';
import { assembleRepo, readListedRepo, rootReader, type ListedRepo } from '../repo/load.js';
import { splitByEvent } from '../repo/scope.js';
import { addPositions, docsByFile } from '../repo/source-map.js';
import { analyzeRepo } from '../schemas/analyze.js';
import { SILENT } from '../util/progress.js';
import { SHARD_MIN_FILES, type Concurrency } from './concurrency.js';
import { diffNotes, runCheck, witnessesFor, type CheckOptions } from './run-check.js';

/** The worker's part of the events: the main thread also lists, merges and runs the repo-wide rules. */
const WORKER_SHARE = 0.6;
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

/** What one side sends back: positioned findings, diff notes, and its repo model without texts. */
interface ShardResult {
  findings: Finding[];
  notes: string[];
  /** Some schema `$ref`s another file: per-document findings may depend on the other side. */
  crossFileRefs: boolean;
  repo: Pick<ContractRepo, 'events' | 'docs' | 'rejected' | 'skipped'>;
}

/** Whether this run goes on two threads. */
export function useShards(listed: ListedRepo, options: Pick<CheckOptions, 'changed' | 'against'> & { cached: boolean }, concurrency: Concurrency = 'auto'): boolean {
  if (concurrency === 'off' || options.cached || options.changed || options.against) return false;
  return concurrency === 'on' || (listed.files.length >= SHARD_MIN_FILES && os.availableParallelism() >= 2);
}

export async function runCheckSharded(listed: ListedRepo, command: string, options: CheckOptions): Promise<Report> {
  const progress = options.progress ?? SILENT;
  const split = splitByEvent(listed.files, listed.config, WORKER_SHARE);
  const witnesses = witnessesFor(split.pairs, options.witnesses);
  const diffOptions = { mode: options.mode, policy: options.policy, transitive: options.transitive, crossCheck: options.crossCheck, witnesses };
  const task = (files: string[]): ShardTask => ({ root: listed.root, config: listed.config, files, regular: files.filter((f) => listed.regularFiles.has(f)), lint: options.lint, diff: options.diff, diffOptions });
  const fromWorker = startWorker(task(split.second));
  progress.stage(`checking ${listed.files.length} files on two threads`);
  const mainRepo = readListedRepo(listed, split.first);
  const own = await checkShard(mainRepo, task(split.first));
  let workerFailure: string | undefined;
  const other = await fromWorker.catch(async (error: Error) => {
    workerFailure = `the worker thread failed (${error.message}); the main thread did its part`;
    return checkShard(assembleRepo(listed.root, listed.config, split.second, listed.read), task(split.second));
  });
  // a `$ref` to another file: that file may be on the other side; do it all on one thread
  if (own.crossFileRefs || other.crossFileRefs) return runCheck(readListedRepo(listed), command, { ...options, progress });

  const repo = mergeRepos(mainRepo, other.repo);
  const repoWide = runLintRules(repo, options.lint ? LINT_RULES.filter((r) => !r.perDocument) : []);
  const notes = [`layout: ${repo.layout}`, ...(workerFailure ? [workerFailure] : [])];
  if (options.diff) notes.push(...diffNotes(split.pairs, options.witnesses, witnesses), ...mergeByEvent(own.notes, other.notes));
  const positioned = [...own.findings, ...other.findings, ...addPositions(repoWide, docsByFile([...repo.docs, ...(repo.registry ? [repo.registry.doc] : [])]))];
  const approved = applyApprovals(positioned, readApprovals(repo.root, repo.config.approvals), options.today);
  return createReport(command, repo.root, approved, notes);
}

/** One side's work: per-document lint rules and its events' version pairs, positions added. */
async function checkShard(repo: ContractRepo, task: ShardTask): Promise<ShardResult> {
  const findings = task.lint ? runLintRules(repo, LINT_RULES.filter((r) => r.perDocument)) : [];
  const crossFileRefs = task.lint && analyzeRepo(repo).some((a) => a.index.refs.some((r) => !r.ref.startsWith('#')));
  let notes: string[] = [];
  if (task.diff) {
    const { witnesses, crossCheck, ...rest } = task.diffOptions;
    const compared = await diffPairs(repo, pairVersions(repo, rest.transitive), { mode: rest.mode, policy: rest.policy, differ: engineDiffer({ witnesses, crossCheck }) });
    findings.push(...compared.findings);
    notes = compared.notes;
  }
  const positioned = addPositions(findings, docsByFile([...repo.docs, ...(repo.registry ? [repo.registry.doc] : [])]));
  return { findings: positioned, notes, crossFileRefs, repo: withoutContent(repo) };
}

/** The model without texts and parsed JSON (what the repo-wide rules read: names, files, problems). */
function withoutContent(repo: ContractRepo): ShardResult['repo'] {
  const light = new Map<SchemaDoc, SchemaDoc>();
  const strip = (doc: SchemaDoc): SchemaDoc => {
    let out = light.get(doc);
    if (!out) light.set(doc, (out = { file: doc.file, format: doc.format, text: '', json: undefined, ...(doc.parseError ? { parseError: doc.parseError } : {}) }));
    return out;
  };
  return {
    events: repo.events.map((e) => ({ name: e.name, versions: e.versions.map((v) => ({ ...v, doc: strip(v.doc) })) })),
    docs: repo.docs.map(strip),
    rejected: (repo.rejected ?? []).map(strip),
    skipped: repo.skipped,
  };
}

function mergeRepos(main: ContractRepo, other: ShardResult['repo']): ContractRepo {
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
  while (i < a.length || j < b.length) out.push(j >= b.length || (i < a.length && eventOf(a[i]!) <= eventOf(b[j]!)) ? a[i++]! : b[j++]!);
  return out;
}

/**
 * The worker runs this very module (the bundle, or dist/check/shards.js): the branch at the bottom
 * picks the task up. Any failure of the worker (it could not start, it threw) rejects, and the
 * caller does that side's work itself.
 */
function startWorker(task: ShardTask): Promise<ShardResult> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL(import.meta.url), { workerData: { [TASK_KEY]: task }, stdout: true, stderr: true });
    } catch (error) {
      reject(error);
      return;
    }
    worker.once('message', (message: { result?: ShardResult; error?: string }) => (message.result ? resolve(message.result) : reject(new Error(message.error))));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`shard worker exited with ${code}`)));
  });
}

const shardTask = !isMainThread ? (workerData as Record<string, ShardTask> | undefined)?.[TASK_KEY] : undefined;
if (shardTask && parentPort) {
  const port = parentPort;
  checkShard(assembleRepo(shardTask.root, shardTask.config, shardTask.files, rootReader(shardTask.root, new Set(shardTask.regular))), shardTask).then(
    (result) => port.postMessage({ result }),
    (error: unknown) => port.postMessage({ error: error instanceof Error ? error.message : String(error) }),
  );
}

export { CONCURRENCY, SHARD_MIN_FILES, type Concurrency } from './concurrency.js';
