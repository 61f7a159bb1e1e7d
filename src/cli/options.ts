import { Option, type Command } from 'commander';
import type { Severity } from '../model/finding.js';
import path from 'node:path';
import { FindingsCache } from '../cache/cache.js';
import type { RunSetup } from '../check/load-for-run.js';
import { CONCURRENCY, SHARD_MIN_FILES, type Concurrency } from '../check/concurrency.js';
import type { ContractRepo } from '../model/repo.js';
import type { CliIO } from './io.js';
import { FAIL_ON, type OutputOptions } from './output.js';
import { VERSION } from './version.js';

/** Commands report their exit code through this callback; commander's action returns nothing. */
export type CommandResult = (exitCode: number) => void;

const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

export function addOutputOptions(command: Command): Command {
  return command
    .addOption(new Option('-f, --format <format>', 'output format, repeatable (text, json, ...)').argParser(collect))
    .addOption(
      new Option('-o, --output <file>', 'write the matching --format to a file, repeatable').argParser(collect),
    )
    .addOption(
      new Option('--fail-on <severity>', 'lowest severity that fails the run').choices([...FAIL_ON]).default('error'),
    );
}

export function outputOptionsFrom(opts: Record<string, unknown>): OutputOptions {
  return {
    format: (opts.format as string[] | undefined) ?? ['text'],
    output: opts.output as string[] | undefined,
    failOn: opts.failOn as Severity,
  };
}

/** Options of the commands that read a whole repo: --cache, --cache-location, --concurrency. */
export function addCacheOptions(command: Command): Command {
  return command
    .option('--cache', 'reuse the findings of unchanged files and version pairs (stored in <repo>/.evt-cache)')
    .option('--cache-location <dir>', 'cache directory, relative to the current directory (implies --cache)')
    .addOption(
      new Option(
        '--concurrency <mode>',
        `read and check on two threads: auto (from ${SHARD_MIN_FILES.toLocaleString('en-US')} files, with two cores), on, off`,
      )
        .choices([...CONCURRENCY])
        .default('auto'),
    );
}

/** How the repo is run: the cache (opened once the repo is loaded) and the thread count. */
export function runSetupFrom(opts: Record<string, unknown>, io: CliIO): RunSetup {
  return {
    concurrency: opts.concurrency as Concurrency,
    ...(cacheRequested(opts) ? { openCache: (repo: ContractRepo) => cacheFrom(repo, opts, io) } : {}),
  };
}

/** --cache or --cache-location was given. */
export function cacheRequested(opts: Record<string, unknown>): boolean {
  return Boolean(opts.cache) || typeof opts.cacheLocation === 'string';
}

/** The cache the options ask for, if any. */
export function cacheFrom(repo: ContractRepo, opts: Record<string, unknown>, io: CliIO): FindingsCache | undefined {
  if (!cacheRequested(opts)) return undefined;
  return FindingsCache.open(
    repo,
    VERSION,
    typeof opts.cacheLocation === 'string' ? path.resolve(io.cwd, opts.cacheLocation) : undefined,
  );
}
