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
import { configPath } from '../request.js';

interface ApproveOpts {
  reason: string;
  by: string;
  expires: string;
  against?: string;
  failOn: Severity;
  config?: string;
}

/** `evt approve`: accept the findings that fail the run now (Buf's breaking baseline, with an end date). */
export function registerApprove(program: Command, io: CliIO, done: CommandResult): void {
  program
    .command('approve')
    .description(
      'accept the current failing findings: write them to the approvals file with a reason, an owner and an end date',
    )
    .argument('[dir]', 'contracts repo', '.')
    .requiredOption('--reason <text>', 'why the change is acceptable')
    .requiredOption('--by <name>', 'who approves it')
    .requiredOption('--expires <date>', 'last day the approval holds, YYYY-MM-DD')
    .option('--against <ref>', 'git revision to diff against (branch, tag or commit)')
    .option('-c, --config <file>', 'config file (default: evt.config.yaml in the repo)')
    .addOption(new Option('--fail-on <severity>', 'lowest severity to approve').choices([...FAIL_ON]).default('error'))
    .action(async (dir: string, opts: ApproveOpts) => {
      const today = resolveToday(io.env);
      checkOptions(opts, today);
      const [{ addApprovals }, { runCheck }, { loadContractRepo }] = await Promise.all([
        import('../../approvals/write.js'),
        import('../../pipeline/run-check.js'),
        import('../../repo/load.js'),
      ]);
      const repo = await loadContractRepo(path.resolve(io.cwd, dir), {
        configFile: configPath(io, opts),
      });
      const file = repo.config.approvals;
      const target = path.join(repo.root, file);
      // the same findings `evt check` reports (lint + diff, approvals already applied)
      const current = (
        await runCheck(repo, {
          command: 'check',
          lint: true,
          diff: true,
          against: opts.against,
          witnesses: false,
          today,
        })
      ).findings;
      const failing = current.filter((f) => !f.approved && SEVERITY_RANK[f.severity] >= SEVERITY_RANK[opts.failOn]);
      const before = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : undefined;
      const result = addApprovals(
        before,
        failing,
        { reason: opts.reason, by: opts.by, expires: opts.expires, today },
        file,
      );
      if (result.added + result.renewed === 0)
        io.stdout(`nothing to approve: every failing finding already has an approval in ${file}\n`);
      else {
        writeFileAtomic(target, result.text);
        io.stdout(`${file}: ${result.added} added, ${result.renewed} renewed (expires ${opts.expires})\n`);
      }
      done(EXIT_OK);
    });
}

function checkOptions(opts: ApproveOpts, today: string): void {
  if (!isIsoDate(opts.expires))
    throw new EvtError(
      `--expires must be a date written YYYY-MM-DD, got "${opts.expires}"`,
      'e.g. --expires 2026-03-31',
    );
  if (opts.expires < today)
    throw new EvtError(`--expires ${opts.expires} is in the past (today is ${today})`, 'pass a date from today on');
  if (opts.reason.trim() === '') throw new EvtError('--reason is empty', 'say why the change is acceptable');
  if (opts.by.trim() === '') throw new EvtError('--by is empty', 'name who approves the change');
}
