/**
 * The report of `evt lint|diff|check <dir>`: the run plan (src/plan/) over the parsed request,
 * with progress on stderr. The plans are imported when something runs, so `evt --help` loads none.
 */
import type { Report } from '../model/report.js';
import { createProgress } from '../util/progress.js';
import type { CliIO } from './io.js';
import { runRequestFrom, runSetupFrom, type RepoCommand, type RepoCommandOpts } from './request.js';

export async function repoReport(
  root: string,
  command: RepoCommand,
  opts: RepoCommandOpts,
  io: CliIO,
): Promise<Report> {
  const request = runRequestFrom(command, opts, io);
  const progress = createProgress({ write: io.stderr, isTTY: io.isTTY, env: io.env });
  progress.stage('reading files');
  const { checkDir } = await import('../plan/index.js');
  const report = await checkDir(root, request, runSetupFrom(root, opts, io, progress));
  progress.done();
  return report;
}
