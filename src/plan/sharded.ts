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
 * byte for byte (test/check/shards.e2e.test.ts); where that cannot be guaranteed the run is serial:
 * with --cache, --changed and --against, and when a schema `$ref`s another file (its findings then
 * depend on a document the other thread read).
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { EvtConfig } from '../model/config.js';
import type { Finding } from '../model/finding.js';
import type { Report } from '../model/report.js';
import type { ContractRepo, SchemaDoc, SourcePosition } from '../model/repo.js';
import { loadContractRepo, rootReader, type FileSelection, type WorkingTreeFiles } from '../repo/load.js';
import { splitByEvent } from '../repo/scope.js';
import { addPositions, repoDocsByFile } from '../repo/source-map.js';
import { hasCrossFileRefs } from '../pipeline/cross-file-refs.js';
import { reportStage } from '../pipeline/report.js';
import { ruleCatalog } from '../rules/catalog.js';
import { diffNotes, witnessesFor, type RunRequest } from '../pipeline/request.js';
import { diffStage, lintRules, lintStage, pairStage } from '../pipeline/stages.js';
import { SILENT } from '../util/progress.js';
import { runSerial, type RunSetup } from './serial.js';
import { appendAll } from '../util/append.js';

/**
 * The worker's part of the events. The main thread also runs the rules over the whole repo once
 * the worker's model is in (~0.4 s at 10,000 events, mostly near-duplicate names), so with lint on
 * the worker takes more; a diff alone is split evenly. Measured at 10,000 events with the worker
 * started before the listing (it waits ~0.1 s for its task) and the tree walked by readdir, a
 * check's main thread ended ~0.11 s after the worker at 0.575 and ~0.11 s before it at 0.6
 * (mean of four runs each).
 */
function workerShare(request: Pick<RunRequest, 'lint' | 'diff'>): number {
  if (!request.lint) return 0.5;
  return request.diff ? 0.59 : 0.6;
}
/** Set in the worker's workerData: the thread is a shard worker waiting for its task. */
const WORKER_MARK = 'evtShardWorker';

/** What one thread checks: its files, read with the config the main thread resolved. */
interface ShardTask {
  root: string;
  config: EvtConfig;
  files: string[];
  /** Those of `files` the walk saw as regular files (read without resolving links, see rootReader). */
  regular: string[];
  request: Pick<RunRequest, 'lint' | 'diff' | 'mode' | 'policy' | 'transitive' | 'crossCheck'>;
  /** Decided from the whole run's pair count, so both threads build them or neither. */
  witnesses: boolean;
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

/** `select` picks the files the run reads (see filesToRead); the split is of those. */
export async function runSharded(
  root: string,
  listed: WorkingTreeFiles,
  config: EvtConfig,
  request: RunRequest,
  setup: RunSetup,
  select: FileSelection | undefined,
  worker: ShardWorker,
): Promise<Report> {
  const progress = setup.progress ?? SILENT;
  const selected = select?.(listed.files, config) ?? listed.files;
  const split = splitByEvent(selected, config, workerShare(request));
  // witnesses depend on the run's pair count, known here from the file names alone (a file that
  // turns out unreadable is still counted: it only matters for a repo right at the 200-pair line)
  const witnesses = witnessesFor(split.pairs, request.witnesses);
  const task = (files: string[]): ShardTask => ({
    root,
    config,
    files,
    regular: files.filter((f) => listed.regularFiles.has(f)),
    request: {
      lint: request.lint,
      diff: request.diff,
      mode: request.mode,
      policy: request.policy,
      transitive: request.transitive,
      crossCheck: request.crossCheck,
    },
    witnesses,
  });
  worker.assign(task(split.second));
  progress.stage(`checking ${selected.length} files on two threads`);
  const theirs = new Set(split.second);
  const mainRepo = await loadContractRepo(root, {
    resolvedConfig: config,
    reader: () => listed,
    // what the run reads, less the worker's part (a configured union the listing left out stays here)
    only: (files) => (select?.(files, config) ?? files).filter((f) => !theirs.has(f)),
  });
  const own = await checkShard(mainRepo, task(split.first));

  // If the worker fails (it could not start, it threw), the main thread does its part.
  let workerFailure: string | undefined;
  let fallback: Promise<{ repo: LightRepo; checked: ShardChecked }> | undefined;
  const instead = (error: Error) => {
    workerFailure ??= `the worker thread failed (${error.message}); the main thread did its part`;
    fallback ??= (async () => {
      const repo = await loadContractRepo(root, {
        resolvedConfig: config,
        reader: () => ({ ...listed, linkedDirs: [] }),
        only: () => split.second,
      });
      return { repo: withoutContent(repo), checked: await checkShard(repo, task(split.second)) };
    })();
    return fallback;
  };
  // The worker sends its repo model as soon as it has read its files: the rules over the whole
  // repo run here while it still lints and diffs.
  const otherRepo = await worker.repo.catch(async (error: Error) => (await instead(error)).repo);
  const repo = mergeRepos(mainRepo, otherRepo);
  const byFile = repoDocsByFile(repo);
  const repoWide = request.lint ? lintStage(repo, lintRules('repo-wide'), undefined, byFile) : [];
  const other = await worker.checked.catch(async (error: Error) => (await instead(error)).checked);
  // a `$ref` to another file: that file may be on the other side; do it all on one thread
  if (own.crossFileRefs || other.crossFileRefs)
    return runSerial(root, request, setup, { resolvedConfig: config, reader: () => listed, only: select });

  const notes = [`layout: ${repo.layout}`, ...(workerFailure ? [workerFailure] : [])];
  if (request.diff)
    appendAll(
      appendAll(notes, diffNotes(split.pairs, request.witnesses, witnesses)),
      mergeByEvent(own.notes, other.notes),
    );
  const findings = [...own.findings, ...other.findings, ...addPositions(repoWide, byFile)];
  return reportStage(repo, request, { findings, notes, rules: ruleCatalog() });
}

/** One side's work, the same stages as the serial run: per-document lint rules and its events' version pairs. */
async function checkShard(repo: ContractRepo, task: ShardTask): Promise<ShardChecked> {
  const byFile = repoDocsByFile(repo);
  const { request } = task;
  const findings = request.lint ? lintStage(repo, lintRules('per-document'), undefined, byFile) : [];
  const crossFileRefs = request.lint && hasCrossFileRefs(repo);
  let notes: string[] = [];
  if (request.diff) {
    const compared = await diffStage(repo, await pairStage(repo, request), request, task.witnesses);
    appendAll(findings, compared.findings);
    notes = compared.notes;
  }
  return { findings: addPositions(findings, byFile), notes, crossFileRefs };
}

/** The model without texts and parsed JSON (what the repo-wide rules read: names, files, problems, root `$id`s and titles). */
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
          json: naming(doc.json),
          positions: namingPositions(doc),
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

/**
 * What the repo-wide schema rules read of a document (schema-id-mismatch, schema-id-duplicate,
 * schema-title-mismatch compare these across the whole repo): its root `$id`, `id`, `title`, `$schema`.
 */
function naming(json: unknown): unknown {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return undefined;
  const { $id, id, title, $schema } = json as Record<string, unknown>;
  return Object.fromEntries(Object.entries({ $id, id, title, $schema }).filter(([, v]) => v !== undefined));
}

/** Where the keys `naming` keeps sit: a targeted scan that stops once it has seen them (addPositions). */
function namingPositions(doc: SchemaDoc): Record<string, SourcePosition> {
  const keys = Object.keys((naming(doc.json) as Record<string, unknown> | undefined) ?? {});
  const probes = keys.map(
    (key): Finding => ({ ruleId: '', severity: 'info', file: doc.file, pointer: `/${key}`, message: '' }),
  );
  const positions: Record<string, SourcePosition> = {};
  for (const found of addPositions(probes, new Map([[doc.file, doc]])))
    if (found.line !== undefined && found.column !== undefined)
      positions[found.pointer] = { line: found.line, column: found.column };
  return positions;
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

/** The worker thread of a sharded run: started before the listing, given its task once the split is known. */
export interface ShardWorker {
  assign(task: ShardTask): void;
  repo: Promise<LightRepo>;
  checked: Promise<ShardChecked>;
  /** Ends the thread, done or not: a worker never outlives its run. */
  stop(): void;
}

/**
 * Starts the worker thread (shard-worker.js, which calls serveShardTask) ahead of the listing: its
 * start (~0.2 s loading the bundle at 10,000 events) overlaps the main thread's walk of the tree.
 * It posts two messages once assigned a task: its repo model once read, then its checks. Any
 * failure (it could not start, it threw, it exited early) rejects what has not arrived yet.
 */
export function bootShardWorker(): ShardWorker {
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
  let worker: Worker | undefined;
  try {
    // beside this module: dist/plan/ (tsc) or dist/cli/ (the bundle, scripts/bundle.mjs)
    worker = new Worker(new URL('./shard-worker.js', import.meta.url), {
      workerData: { [WORKER_MARK]: true },
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
  return {
    assign: (task) => worker?.postMessage(task),
    repo,
    checked,
    stop: () => void worker?.terminate(),
  };
}

/** The worker's side (src/plan/shard-worker.ts calls it): wait for the task, read, post the model, check, post the findings. */
export function serveShardTask(): void {
  const port = parentPort;
  if (isMainThread || !port || !(workerData as Record<string, boolean> | undefined)?.[WORKER_MARK]) return;
  const run = async (task: ShardTask) => {
    const { root, config, files, regular } = task;
    const repo = await loadContractRepo(root, {
      resolvedConfig: config,
      reader: () => ({ files, linkedDirs: [], read: rootReader(root, new Set(regular)) }),
      only: () => files,
    });
    port.postMessage({ repo: withoutContent(repo) });
    port.postMessage({ checked: await checkShard(repo, task) });
  };
  // `once`: with no listener left the port lets the thread end when its work is done
  port.once('message', (task: ShardTask) =>
    run(task).catch((error: unknown) =>
      port.postMessage({ error: error instanceof Error ? error.message : String(error) }),
    ),
  );
}
