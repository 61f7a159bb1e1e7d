import path from 'node:path';
import type { Command } from 'commander';
import { resolveToday } from '../../approvals/index.js';
import { checkDir } from '../../check/load-for-run.js';
import type { CliIO } from '../io.js';
import { createProgress } from '../../util/progress.js';
import { addCacheOptions, addOutputOptions, type CommandResult, outputOptionsFrom, runSetupFrom } from '../options.js';
import { emitReport } from '../output.js';

export function registerLint(program: Command, io: CliIO, done: CommandResult): void {
  const command = program
    .command('lint')
    .description('check event names, schemas, and that files, registry and union agree')
    .argument('[dir]', 'contracts repo', '.')
    .option('-c, --config <file>', 'config file (default: evt.config.yaml in the repo)');
  addCacheOptions(addOutputOptions(command)).action(async (dir: string, opts: Record<string, unknown>) => {
    const progress = createProgress({ write: io.stderr, isTTY: io.isTTY, env: io.env });
    progress.stage('reading files');
    const report = await checkDir(path.resolve(io.cwd, dir), { configFile: configPath(io, opts) }, 'lint', { lint: true, diff: false, today: resolveToday(io.env), progress }, runSetupFrom(opts, io));
    progress.done();
    done(emitReport(report, outputOptionsFrom(opts), io));
  });
}

/** --config is relative to where evt runs, like every other path argument. */
export function configPath(io: CliIO, opts: Record<string, unknown>): string | undefined {
  return typeof opts.config === 'string' ? path.resolve(io.cwd, opts.config) : undefined;
}
