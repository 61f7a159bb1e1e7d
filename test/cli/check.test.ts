import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/model/finding.js';
import { evt } from '../helpers/cli.js';
import { editJson, git, gitRepoFrom } from '../helpers/git.js';
import { fixtureRepo } from '../helpers/paths.js';

const rows = (stdout: string) =>
  (JSON.parse(stdout).findings as Finding[]).map((f) => `${f.ruleId} ${f.event ?? '-'} ${f.pointer}`);

describe('evt check: lint + diff, one report, one exit code', () => {
  it('flat fixture: clean, exit 0', async () => {
    expect(await evt(['check', fixtureRepo('flat')])).toEqual({ code: 0, stdout: 'no findings\n', stderr: '' });
  });

  it('area-action-state fixture: task.deal.confirmed v2 adds a required field, as a new version may', async () => {
    const result = await evt(['check', fixtureRepo('area-action-state'), '--format', 'json']);
    expect(result.code).toBe(0);
    expect(rows(result.stdout)).toEqual([
      'annotation-changed task.deal.confirmed ',
      'version-major-change task.deal.confirmed ',
      'property-added-required task.deal.confirmed /properties/price_cents',
    ]);
  });

  it('lint and diff findings together, sorted, with command "check"', async () => {
    const result = await evt(['check', fixtureRepo('broken-sync'), '--format', 'json']);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.command).toBe('check');
    expect(rows(result.stdout)).toEqual([
      'annotation-changed boat.booked ',
      'version-major-change boat.booked ',
      'property-added-required boat.booked /properties/crew_size',
      'property-removed boat.booked /properties/seats',
      'registry-missing-entry booking.cancelled ',
      'schema-id-duplicate booking.cancelled /$id',
      'schema-id-mismatch booking.cancelled /$id',
      'schema-title-mismatch booking.cancelled /title',
      'registry-orphan-entry boat.booked /event_types/boat.booked',
      'registry-orphan-entry credit.voided /event_types/credit.voided',
      'registry-missing-entry credit.topped_up ',
      'version-gap credit.topped_up ',
      'annotation-changed credit.topped_up ',
      'version-bump-unneeded credit.topped_up ',
    ]);
  });

  it('--changed --against: only the events touched since the ref', async () => {
    const repo = gitRepoFrom('broken-sync');
    editJson(path.join(repo, 'contracts/booking-lifecycle/schema/payloads/booking.cancelled-v1.json'), (s) => {
      s.description += ' Now also cancelled by the harbour master.';
    });
    const all = await evt(['check', repo, '--against', 'HEAD', '--format', 'json']);
    const changed = await evt(['check', repo, '--against', 'HEAD', '--changed', '--format', 'json']);
    expect(rows(changed.stdout)).toEqual([
      'registry-missing-entry booking.cancelled ',
      'schema-id-mismatch booking.cancelled /$id',
      'schema-title-mismatch booking.cancelled /title',
      'annotation-changed booking.cancelled ',
    ]);
    // without --changed: every lint finding of the repo (schema-id-duplicate needs the other
    // claimant, which --changed does not read), and the same single pair against the ref
    expect(rows(all.stdout).length).toBe(9);
    expect(git(repo, 'status', '--porcelain')).toBe(
      ' M contracts/booking-lifecycle/schema/payloads/booking.cancelled-v1.json\n',
    );
  });

  it('--changed without --against is a usage error', async () => {
    expect(await evt(['check', fixtureRepo('flat'), '--changed'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'evt: --changed needs --against <ref>\nhint: e.g. --changed --against origin/main\n',
    });
  });
});
