/**
 * version-removed on repos built from the versioned fixture layouts, in git, checked --against
 * HEAD; and deleting v1 no longer hides the v1 -> v2 comparison, now made with the base's copy.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { editJson, gitRepoFrom } from '../helpers/git.js';
import { checkAgainstHead, commitAll, REGISTRY, rowsOf } from './removal-helpers.js';

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
  [
    'versioned',
    'contracts/booking-lifecycle/schema/payloads/boat.booked-v1.json',
    'boat.booked',
    'v1',
    '; the registry records bookings as depending on it',
  ],
  ['area-action-state', 'events/task.deal.confirmed/v1.schema.json', 'task.deal.confirmed', 'v1', ''],
  ['name-versioned', 'events/deck.generated.v1.json', 'deck.generated', 'v1', ''],
  ['configured', 'events/invoice/issued/1.0.0.schema.yaml', 'invoice.issued', '1.0.0', ''],
] as const;

/** Deletes a version's file and, in the registry, its number. */
function deleteVersion(dir: string, file: string, event: string): void {
  fs.rmSync(path.join(dir, file));
  if (fs.existsSync(path.join(dir, REGISTRY)))
    editJson(path.join(dir, REGISTRY), (r) => {
      r.event_types[event].versions = r.event_types[event].versions.filter((v: number) => v !== 1);
    });
}

describe('version-removed', () => {
  it.each(LAYOUTS)('%s: deleting a published version is an error', async (fixture, file, event, version, who) => {
    const dir = repoFrom(fixture);
    deleteVersion(dir, file, event);
    const { code, findings } = await checkAgainstHead(dir);
    expect(code).toBe(1);
    expect(rowsOf(findings, 'event-removed', 'version-removed')).toEqual([
      `error version-removed ${event} ${file}: version ${version} of "${event}" was removed without being deprecated first${who}`,
    ]);
  });

  it.each(LAYOUTS)('%s: deprecated with a past sunset, it is info', async (fixture, file, event, version, who) => {
    const dir = repoFrom(fixture);
    const key = `${event}@${version.replace(/^v/, '')}`;
    fs.writeFileSync(path.join(dir, 'evt.config.yaml'), `deprecations:\n  ${key}: 2026-06-30\n`);
    if (fixture === 'configured')
      fs.writeFileSync(
        path.join(dir, 'evt.config.yaml'),
        `${fs.readFileSync(path.join(dir, 'evt.config.yaml'), 'utf8')}layout:\n  schemas: ["events/{aggregate}/{action}/{version}.schema.yaml"]\n  versionFormat: semver\nnaming:\n  maxSegments: 2\n`,
      );
    commitAll(dir, `deprecate ${key}`);
    deleteVersion(dir, file, event);
    const { findings } = await checkAgainstHead(dir);
    expect(rowsOf(findings, 'version-removed')).toEqual([
      `info version-removed ${event} ${file}: version ${version} of "${event}" was removed deprecated, and past its sunset (2026-06-30)${who}`,
    ]);
  });

  it('deleting 1.0.0 does not hide the breaking 1.0.0 -> 1.1.0 minor step', async () => {
    const dir = repoFrom('configured');
    const before = await checkAgainstHead(dir);
    expect(rowsOf(before.findings, 'version-bump-required').map((r) => r.split(':')[0])).toEqual([]);
    deleteVersion(dir, 'events/invoice/issued/1.0.0.schema.yaml', 'invoice.issued');
    const { code, findings } = await checkAgainstHead(dir);
    expect(code).toBe(1);
    expect(
      findings.map(
        (f) => `${f.severity} ${f.ruleId} ${f.versions ? `${f.versions.from}->${f.versions.to} ` : ''}${f.pointer}`,
      ),
    ).toEqual([
      'error version-removed ',
      'info annotation-changed 1.0.0@base->1.1.0 ',
      'error version-bump-required 1.0.0@base->1.1.0 ',
      'error property-added-optional 1.0.0@base->1.1.0 /properties/due_on',
    ]);
  });
});
