/**
 * The CLI: a thin commander adapter over the library. `run` never calls process.exit; it returns
 * the exit code (0 clean, 1 findings at or above --fail-on, 2 usage, config or I/O error).
 */
import { Command, CommanderError } from 'commander';
import { EvtError } from '../model/errors.js';
import { oneLine } from '../util/one-line.js';
import { registerApprove } from './commands/approve.js';
import { registerCheck } from './commands/check.js';
import { registerDiff } from './commands/diff.js';
import { registerInit } from './commands/init.js';
import { registerLint } from './commands/lint.js';
import { registerNew } from './commands/new.js';
import { registerRules } from './commands/rules.js';
import { EXIT_ERROR, EXIT_OK, type CliIO } from './io.js';
import { VERSION } from './version.js';

export { VERSION };

export async function run(argv: string[], io: CliIO): Promise<number> {
  let exitCode = EXIT_OK;
  const program = buildProgram(io, (code) => (exitCode = code));
  // bare `evt` is a request for help, as with git or npm (commander would treat it as a usage error)
  if (argv.length === 0) {
    io.stdout(program.helpInformation());
    return EXIT_OK;
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    return reportError(error, io, argv.includes('--debug'));
  }
}

function buildProgram(io: CliIO, done: (code: number) => void): Command {
  const program = new Command('evt')
    .description('Govern event-contract repositories: lint, diff, scaffold.')
    .version(VERSION)
    .option('--debug', 'print stack traces of internal errors')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: () => undefined })
    .showHelpAfterError(false);
  registerLint(program, io, done);
  registerDiff(program, io, done);
  registerCheck(program, io, done);
  registerRules(program, io, done);
  registerInit(program, io, done);
  registerNew(program, io, done);
  registerApprove(program, io, done);
  return program;
}

function reportError(error: unknown, io: CliIO, debug: boolean): number {
  if (error instanceof CommanderError) {
    // --help and --version "fail" with exit code 0
    if (error.exitCode === 0) return EXIT_OK;
    io.stderr(`evt: ${oneLine(error.message.replace(/^error: /, ''))}\nhint: run "evt --help" for usage\n`);
    return EXIT_ERROR;
  }
  if (error instanceof EvtError) {
    io.stderr(`evt: ${oneLine(error.message)}\n${error.hint ? `hint: ${oneLine(error.hint)}\n` : ''}`);
    return EXIT_ERROR;
  }
  // an internal error is still one line (plus the hint): the stack only with --debug
  const message = oneLine(error instanceof Error ? error.message : String(error));
  io.stderr(
    `evt: internal error: ${message}\n${debug && error instanceof Error ? `${error.stack}\n` : 'hint: run again with --debug for details, and report it\n'}`,
  );
  return EXIT_ERROR;
}
