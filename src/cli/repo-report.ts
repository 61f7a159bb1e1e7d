/**
 * The report of `evt lint|diff|check <dir>`: load the repo and run the checks, or, with --cache and
 * every input unchanged, replay the previous run's findings (src/cache/replay.ts) with approvals
 * applied again. The heavy modules (rules, differ, ajv) are imported only when something runs,
 * so a replay costs listing, reading and hashing the files, and little else.
 */
import path from 'node:path';
import { DEFAULT_CACHE_DIR } from '../cache/cache.js';
import { RunReplay } from '../cache/replay.js';
import { resolveToday } from '../approvals/today.js';
import type { CompareOptions } from './commands/diff.js';
import type { CliIO } from './io.js';
import type { Report } from '../model/report.js';
import type { Finding } from '../model/finding.js';
import type { ContractRepo } from '../model/repo.js';
import { createProgress } from '../util/progress.js';
import { cacheRequested, runSetupFrom } from './options.js';
import { configPath } from './commands/lint.js';
import { VERSION } from './version.js';

export interface RepoRun {
  command: 'lint' | 'diff' | 'check';
  lint: boolean;
  diff: boolean;
  /** diff and check: the compare options (lint has none). */
  compare?: CompareOptions;
}

export async function repoReport(
  root: string,
  run: RepoRun,
  opts: Record<string, unknown>,
  io: CliIO,
): Promise<Report> {
  const progress = createProgress({ write: io.stderr, isTTY: io.isTTY, env: io.env });
  progress.stage('reading files');
  const compare = run.compare;
  const configFile = configPath(io, opts);
  // a run against a git revision has git state as an input: it is not replayed
  const replay =
    cacheRequested(opts) && !compare?.against
      ? await RunReplay.open({
          root,
          command: run.command,
          version: VERSION,
          options: findingOptions(compare),
          configFile,
          cacheDir: cacheDir(root, opts, io),
        })
      : undefined;
  const snapshot = replay?.lookup();
  if (snapshot) {
    const today = resolveToday(io.env);
    const [{ applyApprovals }, { readApprovals }, { createReport }] = await Promise.all([
      import('../approvals/apply.js'),
      import('../approvals/file.js'),
      import('../model/report.js'),
    ]);
    const report = createReport(
      run.command,
      root,
      applyApprovals(snapshot.findings, readApprovals(root, snapshot.approvals), today),
      snapshot.notes,
      snapshot.rules,
    );
    progress.done();
    return report;
  }
  const { checkDir } = await import('../check/load-for-run.js');
  let repo: ContractRepo | undefined;
  let unapproved: { findings: readonly Finding[]; notes: readonly string[] } | undefined;
  const report = await checkDir(
    root,
    { configFile, ...(replay ? { prepared: replay.prepared } : {}) },
    run.command,
    {
      lint: run.lint,
      diff: run.diff,
      ...compare,
      today: resolveToday(io.env),
      progress,
      ...(replay ? { beforeApprovals: (findings, notes) => void (unapproved = { findings, notes: [...notes] }) } : {}),
    },
    {
      ...runSetupFrom(opts, io),
      onLoaded: (loaded) => {
        repo = loaded;
        replay?.release();
      },
    },
  );
  if (replay && repo && unapproved) replay.store(repo, unapproved.findings, unapproved.notes, report.rules);
  progress.done();
  return report;
}

/** The options that shape findings, for the replay key (output options act after, and are left out). */
function findingOptions(compare: CompareOptions | undefined): Record<string, unknown> {
  if (!compare) return {};
  return {
    mode: compare.mode ?? null,
    policy: compare.policy ?? null,
    transitive: compare.transitive ?? null,
    changed: compare.changed ?? null,
    witnesses: compare.witnesses ?? null,
    crossCheck: compare.crossCheck ?? null,
  };
}

/** Where FindingsCache keeps its file: --cache-location (relative to the current directory), else .evt-cache in the repo. */
function cacheDir(root: string, opts: Record<string, unknown>, io: CliIO): string {
  return typeof opts.cacheLocation === 'string'
    ? path.resolve(io.cwd, opts.cacheLocation)
    : path.resolve(root, DEFAULT_CACHE_DIR);
}
