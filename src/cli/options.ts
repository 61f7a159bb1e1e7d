/**
 * The options commands share, declared once: output (--format, --output, --fail-on), how a repo is
 * compared (--against, --mode, ...), and how it is run (--cache, --concurrency). Parsing them into
 * a RunRequest is src/cli/request.ts.
 */
import { Option, type Command } from 'commander';
import { CONCURRENCY, SHARD_MIN_FILES } from '../plan/concurrency.js';
import { FAIL_ON } from './output.js';

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

/** Options shared by `evt diff` and `evt check`; flags override the config. */
export function addCompareOptions(command: Command): Command {
  return command
    .option('--against <ref>', 'compare the working tree with a git revision (branch, tag or commit)')
    .addOption(new Option('--mode <mode>', 'compatibility mode').choices(['backward', 'forward', 'full', 'none']))
    .addOption(new Option('--policy <policy>', 'content-model policy for open objects').choices(['strict', 'lenient']))
    .option('--transitive', 'compare the newest version with every kept earlier one')
    .option('--changed', 'only events whose files changed since --against')
    .option('--witnesses', 'always build witness payloads (default: when at most 200 pairs are compared)')
    .option('--no-witnesses', 'never build witness payloads')
    .option(
      '--cross-check',
      'also ask json-schema-diff; a change it sees and no evt rule explains is reported as unclassified-*',
    )
    .option('-c, --config <file>', 'config file (default: evt.config.yaml in the repo)');
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
