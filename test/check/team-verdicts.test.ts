/**
 * Issue 13's acceptance on repos built in temp git repos: sguild's real schemas with the sguild
 * preset, and the SalesTalk layout with the salestalk preset. A break that a new major version
 * carries is the expected major change (info, exit 0); a break in place of a published version
 * is an error.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/model/finding.js';
import { evt } from '../helpers/cli.js';
import { editJson, git, gitRepoFrom } from '../helpers/git.js';
import { SHARED, SKIP_SHARED_TESTS } from '../helpers/paths.js';

const SEEDS = path.join(SHARED, 'seeds/sguild-dispatcher-2.0.0-schemas');
const PAYLOADS = 'contracts/credit-reservation-lock/schema/payloads';
const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const findings = (stdout: string): Finding[] => JSON.parse(stdout).findings;
const rows = (stdout: string) =>
  findings(stdout).map((f) => `${f.severity} ${f.ruleId} ${f.event ?? '-'} ${f.pointer || '#'}`);

function commitAll(dir: string, message: string): void {
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', message);
}

/** The seed schemas where @sguild/dispatcher 2.0.0 ships them, with `preset: sguild`, committed. */
function sguildRepo(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'evt-sguild-verdicts-'));
  temps.push(dir);
  fs.mkdirSync(path.join(dir, PAYLOADS), { recursive: true });
  fs.mkdirSync(path.join(dir, 'contracts/event-envelope/schema'), { recursive: true });
  for (const file of fs.readdirSync(SEEDS)) {
    const target = file === 'envelope-v1.json' ? 'contracts/event-envelope/schema' : PAYLOADS;
    fs.copyFileSync(path.join(SEEDS, file), path.join(dir, target, file));
    fs.chmodSync(path.join(dir, target, file), 0o644);
  }
  fs.writeFileSync(path.join(dir, 'evt.config.yaml'), 'preset: sguild\n');
  git(dir, 'init', '-q', '-b', 'main');
  commitAll(dir, 'dispatcher 2.0.0 contracts');
  return dir;
}

describe('sguild layout, real seed schemas, sguild preset', () => {
  if (SKIP_SHARED_TESTS) it.skip(`skipped: ${SEEDS} is absent`, () => {});
  else {
    it('exits 0 and reports credit.released v1 -> v2 as the expected major change, with its witness', async () => {
      const dir = sguildRepo();
      const result = await evt(['check', dir, '--format', 'json']);
      expect(result.code).toBe(0);
      expect(rows(result.stdout)).toEqual([
        'info annotation-changed credit.released #',
        'info version-major-change credit.released #',
        'info property-added-required credit.released /properties/reason_code',
        // the seed's own name; a warning, which does not fail the run
        'warning name-past-tense customer.handoff #',
      ]);
      const major = findings(result.stdout).find((f) => f.ruleId === 'version-major-change')!;
      expect(major.message).toBe(
        'credit.released v1 -> v2 is a new major version carrying breaking changes, as expected: property-added-required at /properties/reason_code',
      );
      // consumers ignore unknown fields (sguild's §11): only v2 consumers reading v1 events break
      expect(major.breaks).toBe('new-consumers');
      expect(major.hint).toBe(
        "keep v1 published while consumers move to v2; producers may switch to v2 first, and consumers keep reading v1 (dispatch on the envelope's `schema_version`) until no v1 events are left (replays, queues)",
      );
      expect(major.witness?.acceptedBy).toBe('old');
      expect(major.witness?.payload).not.toHaveProperty('reason_code');
    });

    it('editing credit.released-v1.json in place (a field removed) against HEAD is an error', async () => {
      const dir = sguildRepo();
      editJson(path.join(dir, PAYLOADS, 'credit.released-v1.json'), (s) => {
        delete s.properties.reason_note;
      });
      const result = await evt(['check', dir, '--against', 'HEAD', '--format', 'json']);
      expect(result.code).toBe(1);
      expect(rows(result.stdout)).toEqual([
        'error published-version-modified credit.released #',
        'error property-removed credit.released /properties/reason_note',
        'warning name-past-tense customer.handoff #',
      ]);
    });
  }
});

const METRICS = 'events/metrics.ingested.v1.json';

/** The SalesTalk fixture with `preset: salestalk`, metrics.ingested.v1 carrying an enum, committed. */
function salestalkRepo(): string {
  const dir = gitRepoFrom('name-versioned');
  temps.push(dir);
  fs.writeFileSync(path.join(dir, 'evt.config.yaml'), 'preset: salestalk\n');
  editJson(path.join(dir, METRICS), (s) => {
    s.properties.source = { type: 'string', enum: ['csv', 'api'] };
  });
  commitAll(dir, 'metrics.ingested.v1 names its source');
  return dir;
}

describe('SalesTalk layout, salestalk preset', () => {
  it('adding an optional field and an enum value to metrics.ingested.v1 in place exits 0 (info)', async () => {
    const dir = salestalkRepo();
    editJson(path.join(dir, METRICS), (s) => {
      s.properties.source.enum.push('sftp');
      s.properties.currency = { type: 'string', minLength: 3, maxLength: 3 };
    });
    const result = await evt(['check', dir, '--against', 'HEAD', '--format', 'json']);
    expect(result.code).toBe(0);
    expect(rows(result.stdout)).toEqual([
      'info property-added-optional metrics.ingested /properties/currency',
      'info enum-value-added metrics.ingested /properties/source',
    ]);
  });

  it('removing a field in place is an error', async () => {
    const dir = salestalkRepo();
    editJson(path.join(dir, METRICS), (s) => {
      delete s.properties.warnings;
    });
    const result = await evt(['check', dir, '--against', 'HEAD', '--format', 'json']);
    expect(result.code).toBe(1);
    expect(rows(result.stdout)).toEqual([
      'error published-version-modified metrics.ingested #',
      'error property-removed metrics.ingested /properties/warnings',
    ]);
  });

  it('a field rename shipped as .v2 exits 0, with the change reported', async () => {
    const dir = salestalkRepo();
    const v1 = JSON.parse(fs.readFileSync(path.join(dir, METRICS), 'utf8'));
    v1.$id = v1.$id.replace('.v1', '.v2');
    v1.title = 'metrics.ingested.v2';
    v1.properties.rows = v1.properties.rowCount;
    delete v1.properties.rowCount;
    v1.required = ['uploadId', 'rows'];
    fs.writeFileSync(path.join(dir, 'events/metrics.ingested.v2.json'), `${JSON.stringify(v1, null, 2)}\n`);
    const result = await evt(['check', dir, '--against', 'HEAD', '--format', 'json']);
    expect(result.code).toBe(0);
    expect(rows(result.stdout)).toEqual([
      'info annotation-changed metrics.ingested #',
      'info version-major-change metrics.ingested #',
      'info property-removed metrics.ingested /properties/rowCount',
      'info property-added-required metrics.ingested /properties/rows',
    ]);
  });
});

describe('go4u layout, go4u preset', () => {
  it('a field added in place to task.created v1 is compatible: consumers ignore unknown fields', async () => {
    const dir = gitRepoFrom('area-action-state');
    temps.push(dir);
    fs.writeFileSync(path.join(dir, 'evt.config.yaml'), 'preset: go4u\n');
    commitAll(dir, 'go4u preset');
    editJson(path.join(dir, 'events/task.created/v1.schema.json'), (s) => {
      s.properties.note = { type: 'string', maxLength: 200 };
    });
    const result = await evt(['check', dir, '--against', 'HEAD', '--format', 'json']);
    expect(result.code).toBe(0);
    expect(rows(result.stdout)).toEqual(['info property-added-optional task.created /properties/note']);
  });
});
