import path from 'node:path';
import type { Command } from 'commander';
import type { CliIO } from '../io.js';
import { addCacheOptions, addOutputOptions, type CommandResult } from '../options.js';
import { emitReport } from '../output.js';
import { repoReport } from '../repo-report.js';
import { outputOptionsFrom, type RepoCommandOpts } from '../request.js';

export function registerLint(program: Command, io: CliIO, done: CommandResult): void {
  const command = program
    .command('lint')
    .description('check event names, schemas, and that files, registry and union agree')
    .argument('[dir]', 'contracts repo', '.')
    .option('-c, --config <file>', 'config file (default: evt.config.yaml in the repo)');
  addCacheOptions(addOutputOptions(command)).action(async (dir: string, opts: RepoCommandOpts) => {
    // the output options are checked before the run: a usage error should not cost a whole check
    const output = outputOptionsFrom(opts);
    const report = await repoReport(path.resolve(io.cwd, dir), 'lint', opts, io);
    done(await emitReport(report, output, io));
  });
}
