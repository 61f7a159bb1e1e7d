import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { EvtError } from '../../model/errors.js';
import type { CliIO } from '../io.js';
import { addCacheOptions, addCompareOptions, addOutputOptions, type CommandResult } from '../options.js';
import { emitReport } from '../output.js';
import { repoReport } from '../repo-report.js';
import { outputOptionsFrom, type RepoCommandOpts } from '../request.js';

export function registerDiff(program: Command, io: CliIO, done: CommandResult): void {
  const command = program
    .command('diff')
    .description('classify every change between versions as breaking or compatible, for which consumers and why')
    .argument('[paths...]', 'a contracts repo (default .), or two schema files: old.json new.json');
  addCacheOptions(addOutputOptions(addCompareOptions(command))).action(
    async (paths: string[], opts: RepoCommandOpts) => {
      const output = outputOptionsFrom(opts);
      if (paths.length === 2) {
        const { diffFiles } = await import('../../versions/diff-files.js');
        const report = await diffFiles(paths.map((p) => path.resolve(io.cwd, p)) as [string, string], io.cwd, {
          mode: opts.mode,
          policy: opts.policy,
          crossCheck: opts.crossCheck,
          // two files are one pair: witnesses are affordable, so they are on unless --no-witnesses
          witnesses: opts.witnesses ?? true,
        });
        done(await emitReport(report, output, io));
        return;
      }
      if (paths.length > 2)
        throw new EvtError(
          `evt diff takes a directory or two files, got ${paths.length} paths`,
          'evt diff old.json new.json, or evt diff [dir]',
        );
      const dir = path.resolve(io.cwd, paths[0] ?? '.');
      if (fs.existsSync(dir) && fs.statSync(dir).isFile())
        throw new EvtError(`${paths[0]} is a file: evt diff needs two files to compare`, 'evt diff old.json new.json');
      const report = await repoReport(dir, 'diff', opts, io);
      done(await emitReport(report, output, io));
    },
  );
}
