import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { applyApprovalsToReport } from '../../src/approvals/apply.js';
import { readApprovals } from '../../src/approvals/file.js';
import { lintRepo } from '../../src/lint/lint.js';
import { reportFails } from '../../src/model/report.js';
import { loadContractRepo } from '../../src/repo/load.js';
import { evt } from '../helpers/cli.js';
import { copyFixture } from '../helpers/repo-copy.js';

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A copy of broken-union in a temp dir: two failing lint findings, no approvals yet. */
function brokenUnion(): string {
  const dir = copyFixture('broken-union');
  temps.push(dir);
  return dir;
}

const approve = (dir: string, extra: string[] = [], env: Record<string, string> = { EVT_TODAY: '2030-01-01' }) =>
  evt(
    [
      'approve',
      dir,
      '--reason',
      'kyc.verified ships next sprint',
      '--by',
      'alice',
      '--expires',
      '2030-01-31',
      ...extra,
    ],
    undefined,
    env,
  );

async function lintFails(dir: string, today: string) {
  const repo = await loadContractRepo(dir);
  const report = applyApprovalsToReport(lintRepo(repo), readApprovals(dir), today);
  return {
    fails: reportFails(report, 'error'),
    summary: report.summary,
    messages: report.findings.map((f) => f.message),
  };
}

describe('evt approve on the lint findings of broken-union', () => {
  it('writes one entry per failing finding; they then no longer fail the run', async () => {
    const dir = brokenUnion();
    expect(await lintFails(dir, '2030-01-01')).toMatchObject({ fails: true, summary: { error: 2, approved: 0 } });
    expect(await approve(dir)).toEqual({
      code: 0,
      stdout: 'evt.approvals.yaml: 2 added, 0 renewed (expires 2030-01-31)\n',
      stderr: '',
    });
    expect(
      fs.readFileSync(path.join(dir, 'evt.approvals.yaml'), 'utf8'),
    ).toBe(`# Accepted breaking changes, written by \`evt approve\`. A finding whose fingerprint is listed here
# is reported as approved and does not fail the run until \`expires\` (inclusive, YYYY-MM-DD).
# Only the fingerprint matches; rule, event, versions, pointer and message are for reviewers.

approvals:
  - fingerprint: "65602438154553e3"
    rule: union-missing-literal
    event: seller.verified
    pointer: ""
    message: '"seller.verified" is missing from the union in src/event-types.ts'
    reason: kyc.verified ships next sprint
    approvedBy: alice
    expires: 2030-01-31
  - fingerprint: 51dd7f6cab11ea2b
    rule: union-orphan-literal
    event: kyc.verified
    pointer: ""
    message: union literal "kyc.verified" has no schema file
    reason: kyc.verified ships next sprint
    approvedBy: alice
    expires: 2030-01-31
`);
    expect(await lintFails(dir, '2030-01-31')).toMatchObject({ fails: false, summary: { error: 0, approved: 2 } });
  });

  it('is idempotent: the second run writes nothing', async () => {
    const dir = brokenUnion();
    await approve(dir);
    const file = path.join(dir, 'evt.approvals.yaml');
    const before = fs.readFileSync(file, 'utf8');
    const mtime = fs.statSync(file).mtimeMs;
    expect(await approve(dir, [], { EVT_TODAY: '2030-01-15' })).toEqual({
      code: 0,
      stdout: 'nothing to approve: every failing finding already has an approval in evt.approvals.yaml\n',
      stderr: '',
    });
    expect(fs.readFileSync(file, 'utf8')).toBe(before);
    expect(fs.statSync(file).mtimeMs).toBe(mtime);
  });

  it('past the expiry date the findings fail again, and approve renews the entries in place', async () => {
    const dir = brokenUnion();
    await approve(dir);
    expect(await lintFails(dir, '2030-02-01')).toEqual({
      fails: true,
      summary: { error: 2, warning: 0, info: 0, approved: 0 },
      messages: [
        '"seller.verified" is missing from the union in src/event-types.ts (approval expired on 2030-01-31)',
        'union literal "kyc.verified" has no schema file (approval expired on 2030-01-31)',
      ],
    });
    const renewed = await evt(
      ['approve', dir, '--reason', 'still pending', '--by', 'bob', '--expires', '2030-03-31'],
      undefined,
      {
        EVT_TODAY: '2030-02-01',
      },
    );
    expect(renewed.stdout).toBe('evt.approvals.yaml: 0 added, 2 renewed (expires 2030-03-31)\n');
    expect(readApprovals(dir).map((a) => `${a.rule} ${a.reason} ${a.approvedBy} ${a.expires}`)).toEqual([
      'union-missing-literal still pending bob 2030-03-31',
      'union-orphan-literal still pending bob 2030-03-31',
    ]);
  });

  it('exit 2 with one line and a hint: bad or past --expires, a broken approvals file, --against outside git', async () => {
    const dir = brokenUnion();
    expect(await approve(dir, ['--expires', '2030-02-30'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'evt: --expires must be a date written YYYY-MM-DD, got "2030-02-30"\nhint: e.g. --expires 2026-03-31\n',
    });
    expect(await approve(dir, [], { EVT_TODAY: '2030-02-01' })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'evt: --expires 2030-01-31 is in the past (today is 2030-02-01)\nhint: pass a date from today on\n',
    });
    fs.writeFileSync(
      path.join(dir, 'evt.approvals.yaml'),
      'approvals:\n  - fingerprint: 51dd7f6cab11ea2b\n    expires: 2030-13-01\n',
    );
    expect(await approve(dir)).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'evt: evt.approvals.yaml:2:5: approvals[0] is missing "reason"\nhint: evt approve writes complete entries\n',
    });
    fs.rmSync(path.join(dir, 'evt.approvals.yaml'));
    expect(await approve(dir, ['--against', 'main'])).toEqual({
      code: 2,
      stdout: '',
      stderr: `evt: --against needs a git repository\nhint: ${dir} is not inside a git work tree: run evt inside a git clone of the contracts repo, or drop --against\n`,
    });
    expect(fs.existsSync(path.join(dir, 'evt.approvals.yaml'))).toBe(false);
  });

  it('--reason, --by and --expires are required', async () => {
    const result = await evt(['approve', brokenUnion(), '--by', 'a', '--expires', '2030-01-01']);
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'evt: required option \'--reason <text>\' not specified\nhint: run "evt --help" for usage\n',
    });
  });
});
