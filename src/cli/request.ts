/**
 * Commander's options, parsed once into what the library takes: the RunRequest (what to find), the
 * RunSetup (how to run: config file, cache, threads) and the output options. Every default is
 * resolved here or in the library, never in a command.
 */
import path from 'node:path';
import { DEFAULT_CACHE_DIR } from '../cache/cache.js';
import { resolveToday } from '../approvals/today.js';
import type { CompatibilityMode, ContentPolicy } from '../model/config.js';
import { EvtError } from '../model/errors.js';
import type { Severity } from '../model/finding.js';
import type { RunRequest } from '../pipeline/request.js';
import type { Concurrency } from '../plan/concurrency.js';
import type { RunSetup } from '../plan/index.js';
import type { Progress } from '../util/progress.js';
import type { CliIO } from './io.js';
import type { OutputOptions } from './output.js';
import { VERSION } from './version.js';

/** What commander gives the repo commands (lint has no compare options). */
export interface RepoCommandOpts {
  against?: string;
  mode?: CompatibilityMode;
  policy?: ContentPolicy;
  transitive?: boolean;
  changed?: boolean;
  witnesses?: boolean;
  crossCheck?: boolean;
  config?: string;
  cache?: boolean;
  cacheLocation?: string;
  concurrency?: Concurrency;
  format?: string[];
  output?: string[];
  failOn?: Severity;
}

export type RepoCommand = 'lint' | 'diff' | 'check';

/** The run `evt <command>` asks for. */
export function runRequestFrom(command: RepoCommand, opts: RepoCommandOpts, io: CliIO): RunRequest {
  const today = resolveToday(io.env);
  if (command === 'lint') return { command, lint: true, diff: false, today };
  return { command, lint: command === 'check', diff: true, ...compareRequestFrom(opts), today };
}

/** The compare options of `evt diff` and `evt check` (also what `evt diff a.json b.json` takes). */
function compareRequestFrom(
  opts: RepoCommandOpts,
): Pick<RunRequest, 'against' | 'mode' | 'policy' | 'transitive' | 'changed' | 'witnesses' | 'crossCheck'> {
  if (opts.changed && !opts.against)
    throw new EvtError('--changed needs --against <ref>', 'e.g. --changed --against origin/main');
  return {
    against: opts.against,
    mode: opts.mode,
    policy: opts.policy,
    transitive: opts.transitive,
    changed: opts.changed,
    witnesses: opts.witnesses ?? 'auto',
    crossCheck: opts.crossCheck,
  };
}

/** How the repo at `root` is run: config file, --cache (keyed by evt's version), threads. */
export function runSetupFrom(root: string, opts: RepoCommandOpts, io: CliIO, progress: Progress): RunSetup {
  return {
    configFile: configPath(io, opts),
    concurrency: opts.concurrency ?? 'auto',
    progress,
    ...(opts.cache || typeof opts.cacheLocation === 'string'
      ? { cache: { dir: cacheDir(root, opts, io), version: VERSION } }
      : {}),
  };
}

export function outputOptionsFrom(opts: RepoCommandOpts): OutputOptions {
  const format = opts.format ?? ['text'];
  // each --output pairs with the --format at its position: one without a format would be silently dropped
  if ((opts.output?.length ?? 0) > format.length)
    throw new EvtError(
      `${opts.output?.length} --output files for ${format.length} --format${format.length === 1 ? '' : 's'}`,
      'give one --format per --output, in the same order (e.g. --format sarif -o evt.sarif --format text)',
    );
  return { format, output: opts.output, failOn: opts.failOn ?? 'error' };
}

/** --config is relative to where evt runs, like every other path argument. */
export function configPath(io: CliIO, opts: { config?: string }): string | undefined {
  return typeof opts.config === 'string' ? path.resolve(io.cwd, opts.config) : undefined;
}

/** Where the caches live: --cache-location (relative to the current directory), else .evt-cache in the repo. */
function cacheDir(root: string, opts: RepoCommandOpts, io: CliIO): string {
  return typeof opts.cacheLocation === 'string'
    ? path.resolve(io.cwd, opts.cacheLocation)
    : path.resolve(root, DEFAULT_CACHE_DIR);
}
