/** event-removed on repos built from each fixture layout, in git, checked --against HEAD. */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { editJson, gitRepoFrom } from '../helpers/git.js';
import { checkAgainstHead, commitAll, deleteEvent, rowsOf } from './removal-helpers.js';

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});
const repoFrom = (fixture: string) => {
  const dir = gitRepoFrom(fixture);
  temps.push(dir);
  return dir;
};

const LAYOUTS = [
  ['flat', 'schemas/seller.verified.schema.json', 'seller.verified', ''],
  [
    'versioned',
    'contracts/booking-lifecycle/schema/payloads/booking.cancelled-v1.json',
    'booking.cancelled',
    '; the registry records bookings as depending on it',
  ],
  ['area-action-state', 'events/task.created/v1.schema.json', 'task.created', ''],
  ['name-versioned', 'events/tenant.provisioned.v1.json', 'tenant.provisioned', ''],
] as const;

describe('event-removed', () => {
  it.each(LAYOUTS)('%s: deleting a published event is an error', async (fixture, file, event, who) => {
    const dir = repoFrom(fixture);
    deleteEvent(dir, file, event);
    const { code, findings } = await checkAgainstHead(dir);
    expect(code).toBe(1);
    expect(rowsOf(findings, 'event-removed', 'version-removed')).toEqual([
      `error event-removed ${event} ${file}: published event "${event}" was removed without being deprecated first${who}`,
    ]);
    expect(findings.find((f) => f.ruleId === 'event-removed')?.hint).toBe(
      'restore it; to retire it, deprecate it first (`deprecated: true` and `x-sunset: YYYY-MM-DD` in the schema, or `deprecations:` in evt.config.yaml) and remove it after the sunset',
    );
  });

  it("the pre-commit hook's --changed run judges the removal too", async () => {
    const dir = repoFrom('versioned');
    const [, file, event, who] = LAYOUTS[1];
    deleteEvent(dir, file, event);
    const { code, findings } = await checkAgainstHead(dir, ['--changed']);
    expect(code).toBe(1);
    expect(rowsOf(findings, 'event-removed')).toEqual([
      `error event-removed ${event} ${file}: published event "${event}" was removed without being deprecated first${who}`,
    ]);
  });

  it.each(LAYOUTS)('%s: deprecated in the schema with a past sunset, it is info', async (fixture, file, event, who) => {
    const dir = repoFrom(fixture);
    editJson(path.join(dir, file), (s) => {
      s.deprecated = true;
      s['x-sunset'] = '2026-06-30';
    });
    commitAll(dir, `deprecate ${event}`);
    deleteEvent(dir, file, event);
    const { code, findings } = await checkAgainstHead(dir);
    expect(rowsOf(findings, 'event-removed')).toEqual([
      `info event-removed ${event} ${file}: published event "${event}" was removed deprecated, and past its sunset (2026-06-30)${who}`,
    ]);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(code).toBe(0);
  });

  it('a config deprecation whose sunset is still ahead keeps the error, and says so', async () => {
    const dir = repoFrom('flat');
    fs.writeFileSync(path.join(dir, 'evt.config.yaml'), 'deprecations:\n  seller.verified: 2027-01-31\n');
    commitAll(dir, 'deprecate seller.verified');
    deleteEvent(dir, 'schemas/seller.verified.schema.json', 'seller.verified');
    const { code, findings } = await checkAgainstHead(dir);
    expect(code).toBe(1);
    expect(rowsOf(findings, 'event-removed')).toEqual([
      'error event-removed seller.verified schemas/seller.verified.schema.json: published event "seller.verified" was removed deprecated, but before its sunset (2027-01-31)',
    ]);
  });

  it('a rename is a removal plus an addition, with a hint linking the two', async () => {
    const dir = repoFrom('flat');
    const old = path.join(dir, 'schemas/seller.verified.schema.json');
    const schema = JSON.parse(fs.readFileSync(old, 'utf8'));
    schema.$id = schema.$id.replace('seller.verified', 'seller.approved');
    schema.title = 'seller.approved';
    fs.writeFileSync(path.join(dir, 'schemas/seller.approved.schema.json'), `${JSON.stringify(schema, null, 2)}\n`);
    deleteEvent(dir, 'schemas/seller.verified.schema.json', 'seller.verified');
    const { findings } = await checkAgainstHead(dir);
    expect(findings.find((f) => f.ruleId === 'event-removed')?.hint).toBe(
      '"seller.approved" was added with the same schema: a rename is a removal plus an addition, so keep publishing "seller.verified" until its consumers move',
    );
  });

  it('deleting the file while the union still lists it is the union orphan, not a removal', async () => {
    const dir = repoFrom('flat');
    fs.rmSync(path.join(dir, 'schemas/seller.verified.schema.json'));
    const { findings } = await checkAgainstHead(dir);
    expect(rowsOf(findings, 'event-removed', 'union-orphan-literal').map((r) => r.split(':')[0])).toEqual([
      'error union-orphan-literal seller.verified src/event-types.ts',
    ]);
  });
});
