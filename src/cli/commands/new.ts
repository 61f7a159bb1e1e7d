import path from 'node:path';
import { Option, type Command } from 'commander';
import type { BumpLevel } from '../../scaffold/next-version.js';
import { EXIT_OK, type CliIO } from '../io.js';
import type { CommandResult } from '../options.js';
import { configPath } from '../request.js';

interface NewOptions {
  nextVersion?: boolean;
  bump?: BumpLevel;
  dryRun?: boolean;
  producer?: string;
  description?: string;
  dir?: string;
  force?: boolean;
  config?: string;
}

export function registerNew(program: Command, io: CliIO, done: CommandResult): void {
  program
    .command('new')
    .description(
      'scaffold a new event type, or the next version of one: schema, union literal, registry entry, example',
    )
    .argument('<name>', 'event name, e.g. payment.completed')
    .argument('[repo]', 'contracts repo', '.')
    .option('--next-version', 'start the next version of an existing event (copy of the newest)')
    .addOption(
      new Option('--bump <level>', 'with --next-version: which part of a semver/SchemaVer version goes up').choices([
        'major',
        'minor',
        'patch',
      ]),
    )
    .option('--dry-run', 'print the plan with a diff of every file; write nothing')
    .option(
      '--producer <name>',
      'producer for the registry entry (default: that of the events sharing the first name segment)',
    )
    .option('--description <text>', 'description of the new payload schema')
    .option(
      '--dir <path>',
      'directory for {contract} layouts (default: that of the events sharing the first name segment, else the first segment)',
    )
    .option('--force', 'overwrite a file that exists with different content')
    .option('-c, --config <file>', 'config file (default: evt.config.yaml in the repo)')
    .action(async (name: string, repo: string, opts: NewOptions) => {
      const [{ scaffoldEvent }, { renderPlan }] = await Promise.all([
        import('../../scaffold/scaffold.js'),
        import('../../scaffold/render-plan.js'),
      ]);
      const plan = await scaffoldEvent(
        path.resolve(io.cwd, repo),
        {
          name,
          nextVersion: opts.nextVersion,
          bump: opts.bump,
          producer: opts.producer,
          description: opts.description,
          dir: opts.dir,
          force: opts.force,
        },
        { dryRun: opts.dryRun, configFile: configPath(io, opts), hooks: testHooks(io) },
      );
      io.stdout(renderPlan(plan, { dryRun: opts.dryRun === true }));
      done(EXIT_OK);
    });
}

/** EVT_TEST_LOCK_HOLD_MS keeps the lock for that long (the concurrency test's way to overlap two runs). */
function testHooks(io: CliIO): { whileLocked?: () => Promise<void> } {
  const ms = Number(io.env.EVT_TEST_LOCK_HOLD_MS ?? 0);
  return ms > 0 ? { whileLocked: () => new Promise((resolve) => setTimeout(resolve, ms)) } : {};
}
