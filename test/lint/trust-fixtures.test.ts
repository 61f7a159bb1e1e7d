/**
 * Issue 19's classes of false findings on real repositories, one mini repo each under
 * fixtures/lint-trust/<class>/ (its README says what it models): the exact findings of `evt lint`,
 * so a false one shows as plainly as a lost true one. EVT_UPDATE_EXPECTED=1 rewrites expected.json.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintRepo } from '../../src/lint/lint.js';
import { loadContractRepo } from '../../src/repo/load.js';
import { evt } from '../helpers/cli.js';
import { FIXTURES } from '../helpers/paths.js';

const DIR = path.join(FIXTURES, 'lint-trust');

async function lintFixture(name: string) {
  const report = lintRepo(await loadContractRepo(path.join(DIR, name)));
  return {
    findings: report.findings.map(({ ruleId, severity, file, pointer, message }) => ({
      ruleId,
      severity,
      file,
      pointer,
      message,
    })),
    notes: report.notes,
  };
}

describe.each(fs.readdirSync(DIR).sort())('fixtures/lint-trust/%s', (name) => {
  it('has exactly the expected findings and notes', async () => {
    const found = await lintFixture(name);
    const expectedFile = path.join(DIR, name, 'expected.json');
    if (process.env.EVT_UPDATE_EXPECTED === '1') fs.writeFileSync(expectedFile, `${JSON.stringify(found, null, 2)}\n`);
    else expect(found).toEqual(JSON.parse(fs.readFileSync(expectedFile, 'utf8')));
  });
});

describe('roles of the id-keyed-definitions repo', () => {
  it('places the events, and the declared common/ files as definitions only', async () => {
    const repo = await loadContractRepo(path.join(DIR, 'id-keyed-definitions'));
    expect(repo.definitions).toEqual(['payloads/common/repository.schema.json', 'payloads/common/user.schema.json']);
    expect(repo.events.map((e) => e.name)).toEqual([
      'code_scanning_alert.appeared_in_branch',
      'code_scanning_alert.closed_by_user',
      'issues.closed',
      'issues.opened',
      'issues.transferred',
      'pull_request.converted_to_draft',
      'pull_request.ready_for_review',
    ]);
  });
});

describe('registry: false', () => {
  it('turns the registry role off: no file is taken for it, no registry findings', async () => {
    const repo = await loadContractRepo(path.join(DIR, 'registry-named-schema'), {
      config: { layout: { schemas: ['schemas/{event}.schema.json'], registry: false } },
    });
    expect(repo.registry).toBeUndefined();
    expect(repo.events.map((e) => e.name)).toEqual(['package.published', 'package.registry_configured']);
  });
});

describe('no $id convention', () => {
  it('compares no $id and says so once in the notes', async () => {
    const { repoFrom } = await import('../schemas/helpers.js');
    const repo = await repoFrom({
      'schemas/a.created.schema.json': { $id: 'urn:x:first' },
      'schemas/b.created.schema.json': { $id: 'tag:team,2020:second' },
    });
    const report = lintRepo(repo);
    expect(report.findings.filter((f) => f.ruleId === 'schema-id-mismatch')).toEqual([]);
    expect(report.notes).toEqual([
      'layout: goodgo',
      'schema-id-mismatch compared no $id: the 2 payload $ids follow no one convention (neither their file names nor one template); set schemas.idTemplate (or none) to say which',
    ]);
  });

  it('a configured template is compared as configured', async () => {
    const { repoFrom } = await import('../schemas/helpers.js');
    const repo = await repoFrom(
      {
        'schemas/a.created.schema.json': { $id: 'a-created', title: 'a.created' },
        'schemas/b.created.schema.json': { $id: 'a-created', title: 'b created' },
      },
      { preset: 'goodgo', schemas: { idTemplate: '{aggregate}-{action}', titleTemplate: '{event}' } },
    );
    const found = lintRepo(repo).findings.filter((f) => f.ruleId.endsWith('-mismatch'));
    expect(found.map((f) => [f.ruleId, f.file, f.message])).toEqual([
      [
        'schema-id-mismatch',
        'schemas/b.created.schema.json',
        '$id "a-created" does not follow the $id convention of schemas.idTemplate ("{aggregate}-{action}"): expected "b-created"',
      ],
      [
        'schema-title-mismatch',
        'schemas/b.created.schema.json',
        'title "b created" does not follow schemas.titleTemplate: expected "b.created"',
      ],
    ]);
  });
});

describe('a directory an enclosing repository ignores', () => {
  it('is reported as ignored, not as a repo without schemas', async () => {
    const outer = fs.mkdtempSync(path.join(os.tmpdir(), 'evt-enclosing-'));
    fs.mkdirSync(path.join(outer, '.git'));
    fs.writeFileSync(path.join(outer, '.gitignore'), 'generated/\n');
    const dir = path.join(outer, 'generated/contracts');
    fs.mkdirSync(path.join(dir, 'schemas'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'schemas/order.placed.schema.json'), '{ "type": "object" }');
    const report = lintRepo(await loadContractRepo(dir));
    expect(report.findings.map((f) => [f.ruleId, f.message])).toEqual([
      [
        'repo-no-events',
        `no event schemas found: this directory is ignored by ${path.join(outer, '.gitignore')}, so evt (like git) reads none of its files`,
      ],
    ]);
  });
});

describe('a duplicate key in a diffed pair', () => {
  const dir = path.join(DIR, 'duplicate-key-pair');

  it('evt diff compares the last-wins parse, with a note', async () => {
    const result = await evt(['diff', dir, '--format', 'json']);
    const report = JSON.parse(result.stdout);
    expect(report.findings.map((f: { ruleId: string; pointer: string }) => [f.ruleId, f.pointer])).toEqual([
      ['version-major-change', ''], // v1 -> v2 is a major step (issue 13): its break is expected
      ['type-changed', '/properties/id'],
    ]);
    expect(report.notes).toContain(
      'order.shipped: events/order.shipped/v2.schema.json has a duplicate key (duplicate key "id" at 6:5 (/properties/id); parsers disagree on which one wins): compared as JSON.parse and ajv read it, the last one winning',
    );
  });

  it('evt diff old.json new.json does too', async () => {
    const result = await evt(
      ['diff', 'events/order.shipped/v1.schema.json', 'events/order.shipped/v2.schema.json', '--format', 'json'],
      dir,
    );
    const report = JSON.parse(result.stdout);
    expect(report.findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['type-changed']);
    expect(report.notes[0]).toBe(
      'events/order.shipped/v2.schema.json has a duplicate key (duplicate key "id" at 6:5 (/properties/id); parsers disagree on which one wins): compared as JSON.parse and ajv read it, the last one winning',
    );
  });
});
