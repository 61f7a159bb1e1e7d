import path from 'node:path';
import type { Command } from 'commander';
import { addCompareOptions, type CompareOpts } from '../compare-options.js';
import type { CliIO } from '../io.js';
import { addCacheOptions, addOutputOptions, type CommandResult, outputOptionsFrom } from '../options.js';
import { emitReport } from '../output.js';
import { repoReport } from '../repo-report.js';
import { compareOptions } from './diff.js';

/** `evt check`: lint + diff in one run, one report, one exit code: what a CI job calls. */
export function registerCheck(program: Command, io: CliIO, done: CommandResult): void {
  const command = program
    .command('check')
    .description('lint and diff in one run, one report and one exit code (for CI)')
    .argument('[dir]', 'contracts repo', '.');
  addCacheOptions(addOutputOptions(addCompareOptions(command))).action(
    async (dir: string, opts: CompareOpts & Record<string, unknown>) => {
      const compare = compareOptions(opts);
      const report = await repoReport(
        path.resolve(io.cwd, dir),
        { command: 'check', lint: true, diff: true, compare },
        opts,
        io,
      );
      done(await emitReport(report, outputOptionsFrom(opts), io));
    },
  );
}
