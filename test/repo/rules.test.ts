import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContractRepo } from '../../src/repo/load.js';
import { lintRulesOf } from '../../src/rules/index.js';
import { runLintRules } from '../../src/rules/run.js';
import { triples } from '../helpers/findings.js';
import { fixtureRepo } from '../helpers/paths.js';
import { copyFixture } from '../helpers/repo-copy.js';

/** Repo rules and the schema rules that compare a schema with its place in the repo (file name, limits). */
const REPO_RULES = lintRulesOf('repo').concat(lintRulesOf('schemas'));
const repoFindings = async (dir: string) => runLintRules(await loadContractRepo(dir), REPO_RULES);

describe('repo rules', () => {
  it.each(['flat', 'versioned', 'area-action-state', 'name-versioned', 'configured'])(
    '%s fixture is clean',
    async (name) => {
      expect(triples(await repoFindings(fixtureRepo(name)))).toEqual([]);
    },
  );

  it('broken-sync: registry, version gap, copied $id and title', async () => {
    const payloads = 'contracts/booking-lifecycle/schema/payloads';
    expect(triples(await repoFindings(fixtureRepo('broken-sync')))).toEqual([
      `registry-missing-entry ${payloads}/booking.cancelled-v1.json #`,
      'registry-missing-entry contracts/wallet-ledger/schema/payloads/credit.topped_up-v3.json #',
      'registry-orphan-entry contracts/event-types-registry.json /event_types/boat.booked',
      'registry-orphan-entry contracts/event-types-registry.json /event_types/credit.voided',
      `schema-id-duplicate ${payloads}/booking.cancelled-v1.json /$id`,
      `schema-id-mismatch ${payloads}/booking.cancelled-v1.json /$id`,
      `schema-title-mismatch ${payloads}/booking.cancelled-v1.json /title`,
      'version-gap contracts/wallet-ledger/schema/payloads/credit.topped_up-v3.json #',
    ]);
  });

  it('broken-sync messages name the event and the fix', async () => {
    const messages = (await repoFindings(fixtureRepo('broken-sync'))).map((f) => `${f.ruleId}: ${f.message}`).sort();
    expect(messages).toEqual([
      'registry-missing-entry: "booking.cancelled" has no entry in contracts/event-types-registry.json',
      'registry-missing-entry: v3 of "credit.topped_up" is not listed in contracts/event-types-registry.json (lists 1)',
      'registry-orphan-entry: registry entry "credit.voided" has no schema file',
      'registry-orphan-entry: registry lists version 3 of "boat.booked" but no schema file has it',
      'schema-id-duplicate: $id "https://contracts.rowing.test/booking-lifecycle/schema/payloads/boat.booked-v1.json" is also the $id of contracts/booking-lifecycle/schema/payloads/boat.booked-v1.json',
      'schema-id-mismatch: $id "https://contracts.rowing.test/booking-lifecycle/schema/payloads/boat.booked-v1.json" does not name this file (booking.cancelled-v1.json)',
      'schema-title-mismatch: title "boat.booked payload v1" names "boat.booked", not "booking.cancelled"',
      'version-gap: "credit.topped_up" jumps from v1 to v3: v2 missing',
    ]);
  });

  it('broken-union: a missing literal and an orphan literal with its position', async () => {
    const findings = await repoFindings(fixtureRepo('broken-union'));
    expect(triples(findings)).toEqual([
      'union-missing-literal schemas/seller.verified.schema.json #',
      'union-orphan-literal src/event-types.ts #',
    ]);
    expect(findings.find((f) => f.ruleId === 'union-orphan-literal')).toMatchObject({
      event: 'kyc.verified',
      line: 4,
      column: 6,
    });
  });

  it('repo-no-events: a directory without schemas', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'evt-empty-'));
    expect(triples(await repoFindings(dir))).toEqual(['repo-no-events - #']);
  });

  it('repo-file-skipped: a schema symlinked to a file outside the repo is not read', async () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'evt-outside-'));
    fs.writeFileSync(path.join(outside, 'secret.json'), '{"type":"object"}');
    const dir = copyFixture('flat');
    fs.symlinkSync(path.join(outside, 'secret.json'), path.join(dir, 'schemas', 'leak.read.schema.json'));
    const findings = await repoFindings(dir);
    expect(triples(findings)).toEqual(['repo-file-skipped schemas/leak.read.schema.json #']);
    expect(findings[0]!.message).toBe('skipped: symbolic link to a path outside the repo (not followed)');
  });

  it('schema-title-mismatch: a title with another version', async () => {
    const dir = copyFixture('versioned');
    const file = path.join(dir, 'contracts/booking-lifecycle/schema/payloads/boat.booked-v2.json');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('boat.booked payload v2', 'boat.booked payload v1'));
    const findings = await repoFindings(dir);
    expect(findings.map((f) => `${f.ruleId}: ${f.message}`)).toEqual([
      'schema-title-mismatch: title "boat.booked payload v1" says v1, the file is v2',
    ]);
  });
});
