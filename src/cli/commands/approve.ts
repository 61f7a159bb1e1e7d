import fs from 'node:fs';
import path from 'node:path';
import { Option, type Command } from 'commander';
import { isIsoDate, resolveToday } from '../../approvals/today.js';
import { EvtError } from '../../model/errors.js';
import { SEVERITY_RANK, type Severity } from '../../model/finding.js';
import { writeFileAtomic } from '../../util/atomic-write.js';
import { EXIT_OK, type CliIO } from '../io.js';
import type { CommandResult } from '../options.js';
import { FAIL_ON } from '../output.js';
import { APPROVALS_FILE } from '../../approvals/file.js';
import type { ApproveOptions } from '../../approvals/write.js';
import { readConfigFile } from '../../repo/config.js';
import { SILENT } from '../../util/progress.js';
import { addCompareOptions } from '../options.js';
import { configPath, runRequestFrom, runSetupFrom, type RepoCommandOpts } from '../request.js';

interface ApproveOpts extends RepoCommandOpts {
  reason?: string;
  by?: string;
  expires?: string;
  prune?: boolean;
  failOn: Severity;
}

/**
 * `evt approve`: accept the findings that fail the run now (Buf's breaking baseline, with an end
 * date), found by the same run `evt check` makes with the same flags; `--prune` drops approvals
 * that match no finding.
 */
export function registerApprove(program: Command, io: CliIO, done: CommandResult): void {
  const command = program
    .command('approve')
    .description(
      'accept the current failing findings: write them to the approvals file with a reason, an owner and an end date',
    )
    .argument('[dir]', 'contracts repo', '.')
    .option('--reason <text>', 'why the change is acceptable')
    .option('--by <name>', 'who approves it')
    .option('--expires <date>', 'last day the approval holds, YYYY-MM-DD')
    .option('--prune', 'remove approvals that match no finding (approval-unused)')
    .addOption(new Option('--fail-on <severity>', 'lowest severity to approve').choices([...FAIL_ON]).default('error'));
  addCompareOptions(command).action(async (dir: string, opts: ApproveOpts) => {
    const today = resolveToday(io.env);
    const approving = checkOptions(opts, today);
    const [{ addApprovals, pruneApprovals }, { checkDir }] = await Promise.all([
      import('../../approvals/write.js'),
      import('../../plan/index.js'),
    ]);
    const root = path.resolve(io.cwd, dir);
    // the run `evt check` makes with these flags (witnesses do not change what is approved)
    const request = { ...runRequestFrom('check', { ...opts, witnesses: false }, io), today };
    const report = await checkDir(root, request, runSetupFrom(root, { ...opts, concurrency: 'off' }, io, SILENT));
    const file = readConfigFile(root, configPath(io, opts)).raw.approvals ?? APPROVALS_FILE;
    const target = path.join(root, file);
    let text = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : undefined;
    const lines: string[] = [];
    if (opts.prune) {
      const unused = report.findings.filter((f) => f.ruleId === 'approval-unused').map((f) => f.pointer);

      const pruned = pruneApprovals(text, unused, file);
      text = pruned.text;
      lines.push(`${file}: ${pruned.removed} unused approval${pruned.removed === 1 ? '' : 's'} removed`);
    }
    if (approving) {
      const failing = report.findings.filter(
        (f) => !f.approved && f.ruleId !== 'approval-unused' && SEVERITY_RANK[f.severity] >= SEVERITY_RANK[opts.failOn],
      );
      const result = addApprovals(text, failing, { ...approving, today }, file);
      text = result.text;
      lines.push(
        result.added + result.renewed === 0
          ? `nothing to approve: every failing finding already has an approval in ${file}`
          : `${file}: ${result.added} added, ${result.renewed} renewed (expires ${approving.expires})`,
      );
    }
    const before = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : undefined;
    if (text !== undefined && text !== (before ?? '')) writeFileAtomic(target, text);
    io.stdout(`${lines.join('\n')}\n`);
    done(EXIT_OK);
  });
}

/** What to approve with, or undefined for `--prune` alone; a bad or missing option is a usage error. */
function checkOptions(opts: ApproveOpts, today: string): Omit<ApproveOptions, 'today'> | undefined {
  const given = [opts.reason, opts.by, opts.expires].filter((o) => o !== undefined).length;
  if (opts.prune && given === 0) return undefined;
  // required unless --prune is given alone: checked here, in commander's words
  const missing = (
    [
      [opts.reason, '--reason <text>'],
      [opts.by, '--by <name>'],
      [opts.expires, '--expires <date>'],
    ] as const
  ).find(([value]) => value === undefined);
  if (missing) throw new EvtError(`required option '${missing[1]}' not specified`, 'run "evt --help" for usage');
  if (opts.reason === undefined || opts.by === undefined || opts.expires === undefined) return undefined;
  if (!isIsoDate(opts.expires))
    throw new EvtError(
      `--expires must be a date written YYYY-MM-DD, got "${opts.expires}"`,
      'e.g. --expires 2026-03-31',
    );
  if (opts.expires < today)
    throw new EvtError(`--expires ${opts.expires} is in the past (today is ${today})`, 'pass a date from today on');
  if (opts.reason.trim() === '') throw new EvtError('--reason is empty', 'say why the change is acceptable');
  if (opts.by.trim() === '') throw new EvtError('--by is empty', 'name who approves the change');
  return { reason: opts.reason, by: opts.by, expires: opts.expires };
}
