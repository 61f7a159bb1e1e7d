import path from 'node:path';
import type { Command } from 'commander';
import type { CliIO } from '../io.js';
import { addCacheOptions, addCompareOptions, addOutputOptions, type CommandResult } from '../options.js';
import { emitReport } from '../output.js';
import { repoReport } from '../repo-report.js';
import { outputOptionsFrom, type RepoCommandOpts } from '../request.js';

/** `evt check`: lint + diff in one run, one report, one exit code: what a CI job calls. */
export function registerCheck(program: Command, io: CliIO, done: CommandResult): void {
  const command = program
    .command('check')
    .description('lint and diff in one run, one report and one exit code (for CI)')
    .argument('[dir]', 'contracts repo', '.');
  addCacheOptions(addOutputOptions(addCompareOptions(command))).action(async (dir: string, opts: RepoCommandOpts) => {
    // the output options are checked before the run: a usage error should not cost a whole check
    const output = outputOptionsFrom(opts);
    const report = await repoReport(path.resolve(io.cwd, dir), 'check', opts, io);
    done(await emitReport(report, output, io));
  });
}
