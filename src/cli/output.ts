/**
 * Shared by every command that ends in a report: render with the chosen reporter(s), write to
 * stdout or --output, and turn the report into an exit code.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Severity } from '../model/finding.js';
import { EvtError } from '../model/errors.js';
import { reportFails, type Report } from '../model/report.js';
import { REPORTERS } from '../reporters/index.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { EXIT_FINDINGS, EXIT_OK, type CliIO } from './io.js';

export interface OutputOptions {
  format: string[];
  output?: string[];
  failOn: Severity;
}

export const FAIL_ON = ['error', 'warning', 'info'] as const;

function useColor(io: CliIO): boolean {
  return io.isTTY && io.env.NO_COLOR === undefined && io.env.FORCE_COLOR !== '0';
}

/** Renders the report in every requested format; `--output` files pair with formats by position. */
export function emitReport(report: Report, options: OutputOptions, io: CliIO): number {
  const outputs = options.output ?? [];
  for (const [index, format] of options.format.entries()) {
    const reporter = Object.hasOwn(REPORTERS, format) ? REPORTERS[format] : undefined;
    if (!reporter) throw new EvtError(`unknown format "${format}"`, `use one of: ${Object.keys(REPORTERS).join(', ')}`);
    const text = reporter(report, { color: outputs[index] === undefined && useColor(io) });
    const target = outputs[index];
    if (target === undefined) io.stdout(text);
    else writeOutput(path.resolve(io.cwd, target), text);
  }
  return reportFails(report, options.failOn) ? EXIT_FINDINGS : EXIT_OK;
}

/**
 * A new path or a regular file is replaced atomically (a reader never sees half a report). Anything
 * else the user named, a link, a device or a FIFO (`-o /dev/stdout`, `-o /dev/null`), is opened and
 * written in place, as a shell redirect would: a rename would replace the link or the device node
 * itself (as root, /dev/null became a regular file holding the report).
 */
function writeOutput(file: string, text: string): void {
  try {
    if (writesInPlace(file)) fs.writeFileSync(file, text);
    else writeFileAtomic(file, text);
  } catch (error) {
    throw new EvtError(`cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

function writesInPlace(file: string): boolean {
  try {
    const entry = fs.lstatSync(file);
    return !entry.isFile() && !entry.isDirectory();
  } catch {
    return false; // a new file
  }
}
