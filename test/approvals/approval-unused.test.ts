/**
 * Precise approvals on a flat (goodgo) repo in git, checked --against HEAD: a fingerprint covers
 * the subschemas at its pointer, an approval that matched nothing is reported (approval-unused)
 * and `evt approve --prune` removes it, and `evt approve` takes the flags `evt check` ran with.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readApprovals } from '../../src/approvals/file.js';
import type { Finding } from '../../src/model/finding.js';
import { evt } from '../helpers/cli.js';
import { editJson, git, gitRepoFrom } from '../helpers/git.js';

const SELLER = 'schemas/seller.verified.schema.json';
const REVIEW = 'schemas/review.approved.schema.json';
const TODAY = { EVT_TODAY: '2030-01-01' };
const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** The flat fixture with seller.verified's level enum [basic, premium, enhanced] and review.approved open, committed. */
function repo(): string {
  const dir = gitRepoFrom('flat');
  temps.push(dir);
  editJson(path.join(dir, SELLER), (s) => {
    s.properties.level.enum = ['basic', 'premium', 'enhanced'];
  });
  editJson(path.join(dir, REVIEW), (s) => {
    delete s.additionalProperties;
  });
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'premium sellers; open reviews');
  return dir;
}

async function check(dir: string, extra: string[] = []) {
  const result = await evt(['check', dir, '--against', 'HEAD', '--format', 'json', ...extra], undefined, TODAY);
  const findings = JSON.parse(result.stdout).findings as Finding[];
  return {
    code: result.code,
    rows: findings.map((f) => `${f.approved ? 'approved' : f.severity} ${f.ruleId} ${f.pointer}`),
    findings,
  };
}

const approve = (dir: string, extra: string[] = []) =>
  evt(
    ['approve', dir, '--against', 'HEAD', '--reason', 'agreed', '--by', 'alice', '--expires', '2030-06-30', ...extra],
    undefined,
    TODAY,
  );

const removeLevel = (dir: string, value: string) =>
  editJson(path.join(dir, SELLER), (s) => {
    s.properties.level.enum = s.properties.level.enum.filter((v: string) => v !== value);
  });

describe('approval-unused and precise fingerprints', () => {
  it('approving the removal of enum value "premium" does not approve a later removal of "enhanced"', async () => {
    const dir = repo();
    removeLevel(dir, 'premium');
    expect((await check(dir)).code).toBe(1);
    expect((await approve(dir)).stdout).toBe('evt.approvals.yaml: 1 added, 0 renewed (expires 2030-06-30)\n');
    expect((await check(dir)).rows).toEqual(['approved enum-value-removed /properties/level']);

    removeLevel(dir, 'enhanced');
    const after = await check(dir);
    expect(after.code).toBe(1);
    expect(after.rows).toEqual([
      'info approval-unused /approvals/0',
      // one finding for the pointer, as before; without the subschemas in its fingerprint the
      // approval of "premium" would have matched it and hidden the removal of "enhanced"
      'error enum-value-removed /properties/level',
    ]);
    expect(after.findings[0]!.message).toBe(
      `approval ${readApprovals(dir)[0]!.fingerprint} (enum-value-removed seller.verified base -> working tree at /properties/level) matched no finding: its change was reverted, fixed, or changed since it was approved`,
    );
  });

  it("JSON output carries each finding's fingerprint, the one an approval names", async () => {
    const dir = repo();
    removeLevel(dir, 'premium');
    const { findings } = await check(dir);
    expect(findings.map((f) => /^[0-9a-f]{16}$/.test(f.fingerprint ?? ''))).toEqual([true]);
    await approve(dir);
    expect(readApprovals(dir).map((a) => a.fingerprint)).toEqual([findings[0]!.fingerprint]);
  });

  it('an unused approval is reported as info; evt approve --prune removes it', async () => {
    const dir = repo();
    removeLevel(dir, 'premium');
    await approve(dir);
    git(dir, 'checkout', '--', SELLER);
    expect(await check(dir)).toMatchObject({ code: 0, rows: ['info approval-unused /approvals/0'] });
    expect(await evt(['approve', dir, '--against', 'HEAD', '--prune'], undefined, TODAY)).toEqual({
      code: 0,
      stdout: 'evt.approvals.yaml: 1 unused approval removed\n',
      stderr: '',
    });
    expect(readApprovals(dir)).toEqual([]);
    expect(await check(dir)).toMatchObject({ code: 0, rows: [] });
  });

  it('evt approve --policy strict approves what evt check --policy strict fails on', async () => {
    const dir = repo();
    editJson(path.join(dir, REVIEW), (s) => {
      s.properties.rating = { type: 'integer', minimum: 1, maximum: 5 };
    });
    // lenient (the preset's): an optional field on an open object is additive
    expect((await check(dir)).rows).toEqual(['info property-added-optional /properties/rating']);
    expect((await approve(dir)).stdout).toBe(
      'nothing to approve: every failing finding already has an approval in evt.approvals.yaml\n',
    );
    expect((await check(dir, ['--policy', 'strict'])).code).toBe(1);
    expect((await approve(dir, ['--policy', 'strict'])).stdout).toBe(
      'evt.approvals.yaml: 1 added, 0 renewed (expires 2030-06-30)\n',
    );
    expect(await check(dir, ['--policy', 'strict'])).toMatchObject({
      code: 0,
      rows: ['approved property-added-optional /properties/rating'],
    });
  });
});
