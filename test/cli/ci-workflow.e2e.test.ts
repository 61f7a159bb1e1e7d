/**
 * The README's GitHub Actions workflow and pre-commit hook, run for real: their `evt` lines are
 * taken from the README and executed in temporary git repos with two commits.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { editJson, git, gitRepoFrom } from '../helpers/git.js';
import { PROJECT_ROOT } from '../helpers/paths.js';

const README = fs.readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
const EVT = `node ${path.join(PROJECT_ROOT, 'bin/evt.js')}`;
const PAYLOADS = 'contracts/booking-lifecycle/schema/payloads';

function between(start: string, end: string): string {
  const block = README.slice(README.indexOf(start) + start.length, README.indexOf(end));
  return block.replace(/^\s*```\w*\n/, '').replace(/```\s*$/, '');
}

/** The workflow's `run:` lines that call evt, with `npx evt` pointing at this checkout's build. */
function workflowEvtSteps(): string[] {
  const workflow = YAML.parse(between('<!-- workflow:start -->', '<!-- workflow:end -->'));
  return (workflow.jobs.evt.steps as Array<{ run?: string }>)
    .map((s) => s.run)
    .filter((r): r is string => r?.includes('npx evt') ?? false)
    .map((r) => r.replaceAll('npx evt', EVT));
}

function sh(script: string, cwd: string, env: Record<string, string> = {}) {
  const result = spawnSync('sh', ['-c', script], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** upstream: v1 on main, a breaking edit of boat.booked v2 on `feature`; ci: a full clone on feature. */
function pullRequest(): { upstream: string; ci: string } {
  const upstream = gitRepoFrom('versioned');
  git(upstream, 'checkout', '-q', '-b', 'feature');
  editJson(path.join(upstream, PAYLOADS, 'boat.booked-v2.json'), (s) => {
    s.properties.crew_size.enum = [1, 2, 4];
  });
  git(upstream, 'commit', '-qam', 'boat.booked v2: no more eights');
  const ci = fs.mkdtempSync(path.join(os.tmpdir(), 'evt-ci-'));
  execFileSync('git', ['clone', '-q', '--branch', 'feature', upstream, ci]);
  return { upstream, ci };
}

describe('the README workflow', () => {
  it('has exactly one evt step', () => {
    expect(workflowEvtSteps()).toEqual([
      `${EVT} check --against "origin/$GITHUB_BASE_REF" --format sarif --output evt.sarif --format github`,
    ]);
  });

  it('fails the PR with an annotation and SARIF; approve; passes; fails again once the approval expires', () => {
    const { ci } = pullRequest();
    const [step] = workflowEvtSteps();
    const env = { GITHUB_BASE_REF: 'main', EVT_TODAY: '2030-01-01' };
    const failing = sh(step!, ci, env);
    expect(failing.code).toBe(1);
    expect(failing.stdout.split('\n').filter((l) => l.startsWith('::error'))).toEqual([
      expect.stringMatching(
        /^::error file=contracts\/booking-lifecycle\/schema\/payloads\/boat\.booked-v2\.json,line=1,col=1,title=published-version-modified::/,
      ),
      expect.stringMatching(
        /^::error file=contracts\/booking-lifecycle\/schema\/payloads\/boat\.booked-v2\.json,line=\d+,col=\d+,title=enum-value-removed::/,
      ),
    ]);
    const sarif = JSON.parse(fs.readFileSync(path.join(ci, 'evt.sarif'), 'utf8'));
    expect(sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId).sort()).toEqual([
      'enum-value-removed',
      'published-version-modified',
    ]);

    const approve = sh(
      `${EVT} approve --against origin/main --reason "no eights left in the fleet" --by alice --expires 2030-01-31`,
      ci,
      env,
    );
    expect(approve).toEqual({
      code: 0,
      stdout: 'evt.approvals.yaml: 2 added, 0 renewed (expires 2030-01-31)\n',
      stderr: '',
    });
    expect(sh(step!, ci, env).code).toBe(0);
    expect(sh(step!, ci, { ...env, EVT_TODAY: '2030-02-01' }).code).toBe(1);
  });

  it('a shallow clone without the base ref: exit 2 and a one-line fix', () => {
    const { upstream } = pullRequest();
    const shallow = fs.mkdtempSync(path.join(os.tmpdir(), 'evt-shallow-'));
    execFileSync('git', ['clone', '-q', '--depth', '1', '--branch', 'feature', `file://${upstream}`, shallow]);
    const result = sh(workflowEvtSteps()[0]!, shallow, { GITHUB_BASE_REF: 'main' });
    expect(result.code).toBe(2);
    const [message, hint, rest] = result.stderr.split('\n');
    expect(message).toBe('evt: unknown revision "origin/main"');
    expect(hint).toBe(
      'hint: this is a shallow clone without it: run "git fetch --depth=50 origin main:refs/remotes/origin/main" (or "git fetch --unshallow"); evt never fetches',
    );
    expect(rest).toBe('');
  });
});

describe('the README pre-commit hook', () => {
  it('refuses a breaking commit and lets a compatible one through', () => {
    const repo = gitRepoFrom('versioned');
    const hook = path.join(repo, '.git/hooks/pre-commit');
    fs.writeFileSync(hook, between('<!-- hook:start -->', '<!-- hook:end -->').replaceAll('npx evt', EVT));
    fs.chmodSync(hook, 0o755);
    const file = path.join(repo, PAYLOADS, 'booking.cancelled-v1.json');
    const original = fs.readFileSync(file, 'utf8');
    editJson(file, (s) => {
      s.properties.initiator.enum.pop();
    });
    const refused = sh('git -c user.name=evt -c user.email=evt@test commit -qam "drop an initiator"', repo);
    expect(refused.code).toBe(1);
    // git shows a hook's output on stderr
    expect(refused.stderr).toContain('enum-value-removed');
    expect(git(repo, 'log', '--format=%s')).toBe('contracts v1\n');
    fs.writeFileSync(
      file,
      original.replace('by a member, a coach or the weather rule', 'by a member, a coach, or the weather rule'),
    );
    expect(sh('git -c user.name=evt -c user.email=evt@test commit -qam "wording"', repo).code).toBe(0);
  });
});
