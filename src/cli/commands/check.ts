import path from 'node:path';
import type { Command } from 'commander';
import { resolveToday } from '../../approvals/index.js';
import { checkDir } from '../../check/load-for-run.js';
import { addCompareOptions, type CompareOpts } from '../compare-options.js';
import type { CliIO } from '../io.js';
import { createProgress } from '../../util/progress.js';
import { addCacheOptions, addOutputOptions, type CommandResult, outputOptionsFrom, runSetupFrom } from '../options.js';
import { emitReport } from '../output.js';
import { compareOptions } from './diff.js';
import { configPath } from './lint.js';

/** `evt check`: lint + diff in one run, one report, one exit code: what a CI job calls. */
export function registerCheck(program: Command, io: CliIO, done: CommandResult): void {
  const command = program
    .command('check')
    .description('lint and diff in one run, one report and one exit code (for CI)')
    .argument('[dir]', 'contracts repo', '.');
  addCacheOptions(addOutputOptions(addCompareOptions(command))).action(async (dir: string, opts: CompareOpts & Record<string, unknown>) => {
    const progress = createProgress({ write: io.stderr, isTTY: io.isTTY, env: io.env });
    progress.stage('reading files');
    const compare = compareOptions(opts);
    const report = await checkDir(path.resolve(io.cwd, dir), { configFile: configPath(io, opts) }, 'check', { lint: true, diff: true, ...compare, today: resolveToday(io.env), progress }, runSetupFrom(opts, io));
    progress.done();
    done(emitReport(report, outputOptionsFrom(opts), io));
  });
}
