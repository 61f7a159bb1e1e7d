import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/model/finding.js';
import { evt } from '../helpers/cli.js';
import { editJson, git, gitRepoFrom } from '../helpers/git.js';
import { fixtureRepo } from '../helpers/paths.js';
import { copyFixture } from '../helpers/repo-copy.js';

const rows = (stdout: string) =>
  (JSON.parse(stdout).findings as Finding[]).map((f) =>
    [f.ruleId, f.severity, f.event, f.versions && `${f.versions.from}->${f.versions.to}`, f.pointer].join(' '),
  );
const payloads = 'contracts/booking-lifecycle/schema/payloads';

/** Every witness must be accepted by exactly the side it claims (checked with a fresh ajv). */
function expectWitnessesHold(
  findings: Finding[],
  oldSchema: Record<string, unknown>,
  newSchema: Record<string, unknown>,
): number {
  const ajv = new Ajv2020({ strict: false, logger: false });
  const [acceptsOld, acceptsNew] = [ajv.compile(strip(oldSchema)), ajv.compile(strip(newSchema))];
  const withWitness = findings.filter((f) => f.witness);
  for (const f of withWitness) {
    expect([acceptsOld(f.witness!.payload), acceptsNew(f.witness!.payload)]).toEqual(
      f.witness!.acceptedBy === 'old' ? [true, false] : [false, true],
    );
  }
  return withWitness.length;
}
const strip = ({ $id: _id, $schema: _schema, ...rest }: Record<string, unknown>) => rest;

describe('evt diff on a repo: consecutive kept versions', () => {
  it('versioned fixture: boat.booked v1 -> v2 under the default full mode, a new major version', async () => {
    // v2 is a new integer version: its breaks are the expected major change (info), not errors
    const result = await evt(['diff', fixtureRepo('versioned'), '--format', 'json']);
    expect(result.code).toBe(0);
    expect(rows(result.stdout)).toEqual([
      'annotation-changed info boat.booked v1->v2 ',
      'version-major-change info boat.booked v1->v2 ',
      'property-added-required info boat.booked v1->v2 /properties/crew_size',
      'property-removed info boat.booked v1->v2 /properties/seats',
    ]);
    const findings = JSON.parse(result.stdout).findings as Finding[];
    const read = (v: number) =>
      JSON.parse(fs.readFileSync(path.join(fixtureRepo('versioned'), payloads, `boat.booked-v${v}.json`), 'utf8'));
    expect(expectWitnessesHold(findings, read(1), read(2))).toBe(2);
    // the sguild preset's consumers ignore unknown fields: only new consumers reading old events break
    expect(findings.find((f) => f.ruleId === 'property-added-required')).toMatchObject({
      breaks: 'new-consumers',
      line: 13,
      column: 5,
    });
  });

  it('--mode none reports and never fails', async () => {
    const result = await evt(['diff', fixtureRepo('versioned'), '--mode', 'none', '--format', 'json']);
    expect(result.code).toBe(0);
    expect(rows(result.stdout)).toEqual([
      'annotation-changed info boat.booked v1->v2 ',
      'version-bump-unneeded info boat.booked v1->v2 ',
      'property-added-required info boat.booked v1->v2 /properties/crew_size',
      'property-removed info boat.booked v1->v2 /properties/seats',
    ]);
  });

  it('salestalk names: deck.generated.v1 -> v2 retypes a required field', async () => {
    const result = await evt(['diff', fixtureRepo('name-versioned'), '--format', 'json']);
    expect(rows(result.stdout)).toEqual([
      'annotation-changed info deck.generated v1->v2 ',
      'version-major-change info deck.generated v1->v2 ',
      'property-added-required info deck.generated v1->v2 /properties/slideBucket',
      'property-removed info deck.generated v1->v2 /properties/slideCount',
    ]);
  });

  it('semver YAML (configured fixture): a field added to a closed object in a minor step', async () => {
    // closed object: old consumers that validate reject `due_on`, so under `full` this is breaking
    // and a minor step is not enough
    const full = await evt(['diff', fixtureRepo('configured'), '--format', 'json']);
    expect(full.code).toBe(1);
    expect(rows(full.stdout)).toEqual([
      'annotation-changed info invoice.issued 1.0.0->1.1.0 ',
      'version-bump-required error invoice.issued 1.0.0->1.1.0 ',
      'property-added-optional error invoice.issued 1.0.0->1.1.0 /properties/due_on',
    ]);
    // backward only: every 1.0.0 event is still valid, an additive minor step
    const backward = await evt(['diff', fixtureRepo('configured'), '--mode', 'backward', '--format', 'json']);
    expect(backward.code).toBe(0);
    expect(rows(backward.stdout)).toEqual([
      'annotation-changed info invoice.issued 1.0.0->1.1.0 ',
      'property-added-optional info invoice.issued 1.0.0->1.1.0 /properties/due_on',
    ]);
  });
});

describe('evt diff on a repo: transitive and per-event modes', () => {
  it('--transitive compares the newest version with every kept earlier one', async () => {
    const dir = copyFixture('versioned');
    const v2 = path.join(dir, payloads, 'boat.booked-v2.json');
    const v3 = JSON.parse(fs.readFileSync(v2, 'utf8'));
    v3.$id = v3.$id.replace('-v2', '-v3');
    v3.title = 'boat.booked payload v3';
    fs.writeFileSync(path.join(dir, payloads, 'boat.booked-v3.json'), JSON.stringify(v3, null, 2));
    const consecutive = await evt(['diff', dir, '--format', 'json']);
    const transitive = await evt(['diff', dir, '--transitive', '--format', 'json']);
    const pairs = (stdout: string) => [
      ...new Set((JSON.parse(stdout).findings as Finding[]).map((f) => `${f.versions!.from}->${f.versions!.to}`)),
    ];
    expect(pairs(consecutive.stdout)).toEqual(['v1->v2', 'v2->v3']);
    expect(pairs(transitive.stdout)).toEqual(['v1->v3', 'v2->v3']);
  });

  it('compatibility.events overrides the mode for one event', async () => {
    const result = await evt([
      'diff',
      fixtureRepo('versioned'),
      '--config',
      'fixtures/configs/boat-booked-none.yaml',
      '--format',
      'json',
    ]);
    expect(result.code).toBe(0);
    expect(rows(result.stdout)).toEqual([
      'annotation-changed info boat.booked v1->v2 ',
      'version-bump-unneeded info boat.booked v1->v2 ',
      'property-added-required info boat.booked v1->v2 /properties/crew_size',
      'property-removed info boat.booked v1->v2 /properties/seats',
    ]);
  });
});

describe('evt diff old.json new.json', () => {
  const pair = (oldSchema: object, newSchema: object) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'evt-pair-'));
    fs.writeFileSync(path.join(dir, 'old.json'), JSON.stringify(oldSchema));
    fs.writeFileSync(path.join(dir, 'new.yaml'), JSON.stringify(newSchema)); // YAML is a JSON superset
    return (...flags: string[]) => evt(['diff', 'old.json', 'new.yaml', ...flags], dir);
  };
  const open = { type: 'object', properties: { id: { type: 'string' } } };
  const openPlus = { type: 'object', properties: { id: { type: 'string' }, note: { type: 'string' } } };
  const closed = { ...open, additionalProperties: false };
  const closedPlus = { ...openPlus, additionalProperties: false };

  it.each([
    ['optional field added to an open object, strict: exit 1', open, openPlus, ['--policy', 'strict'], 1],
    ['optional field added to an open object, lenient: exit 0', open, openPlus, ['--policy', 'lenient'], 0],
    ['optional field added to a closed object, strict: exit 0', closed, closedPlus, ['--policy', 'strict'], 0],
    ['optional field removed from a closed object: exit 1', closedPlus, closed, ['--policy', 'strict'], 1],
  ] as const)('backward: %s', async (_name, oldSchema, newSchema, flags, code) => {
    expect((await pair(oldSchema, newSchema)('--mode', 'backward', ...flags)).code).toBe(code);
  });

  it('forward: a field added to a closed object breaks old consumers, with a witness', async () => {
    const result = await pair(closed, closedPlus)('--mode', 'forward', '--format', 'json');
    expect(result.code).toBe(1);
    const findings = JSON.parse(result.stdout).findings as Finding[];
    expect(findings.map((f) => [f.ruleId, f.severity, f.breaks, f.versions])).toEqual([
      ['property-added-optional', 'error', 'old-consumers', { from: 'old.json', to: 'new.yaml' }],
    ]);
    expect(expectWitnessesHold(findings, closed, closedPlus)).toBe(1);
  });

  it('--cross-check asks json-schema-diff too, and says when it had to skip', async () => {
    const enumNarrowed = await pair({ type: 'string', enum: ['x', 'y'] }, { type: 'string', enum: ['x'] })(
      '--cross-check',
      '--format',
      'json',
    );
    expect(JSON.parse(enumNarrowed.stdout).notes).toEqual([
      'json-schema-diff cross-check skipped: uses keywords it ignores (enum)',
    ]);
    const branchDropped = await pair(
      { type: 'object', anyOf: [{ required: ['a'] }, { properties: { b: { type: 'integer' } } }] },
      { type: 'object', anyOf: [{ required: ['a'] }] },
    )('--cross-check', '--format', 'json');
    const report = JSON.parse(branchDropped.stdout);
    expect([report.notes, report.findings.map((f: Finding) => `${f.ruleId} ${f.severity}`)]).toEqual([
      [],
      ['union-branch-removed error'],
    ]);
  });

  it('a syntax error in one file is exit 2 with file:line:column', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'evt-pair-'));
    fs.writeFileSync(path.join(dir, 'old.json'), '{"type": "object",\n  "properties": {,}\n}');
    fs.writeFileSync(path.join(dir, 'new.json'), '{}');
    const result = await evt(['diff', 'old.json', 'new.json'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe("evt: old.json:2:18: expected a double-quoted member name, found ','");
  });
});

describe('evt diff --against <ref>: read from git objects', () => {
  it('a published version changed in place is reported, with what changed', async () => {
    const dir = gitRepoFrom('versioned');
    git(dir, 'checkout', '-q', '-b', 'feature');
    editJson(path.join(dir, payloads, 'booking.cancelled-v1.json'), (s) => {
      s.required.push('note');
      s.description += ' Clarified.';
    });
    const result = await evt(['diff', dir, '--against', 'main', '--format', 'json']);
    expect(result.code).toBe(1);
    expect(rows(result.stdout)).toEqual([
      'annotation-changed info booking.cancelled v1@base->v1 ',
      'published-version-modified error booking.cancelled v1@base->v1 ',
      'required-added error booking.cancelled v1@base->v1 /properties/note',
    ]);
  });

  it('flat layout: the file at the ref is the previous version', async () => {
    const dir = gitRepoFrom('flat');
    editJson(path.join(dir, 'schemas/review.approved.schema.json'), (s) => {
      delete s.properties.moderatorNote;
    });
    const result = await evt(['diff', dir, '--against', 'HEAD', '--format', 'json']);
    expect(result.code).toBe(1);
    expect(rows(result.stdout)).toEqual([
      'property-removed error review.approved base->working tree /properties/moderatorNote',
    ]);
  });

  it('an unknown ref and a directory that is no git repo are exit 2 with the fix', async () => {
    const dir = gitRepoFrom('flat');
    const unknown = await evt(['diff', dir, '--against', 'origin/release']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^evt: unknown revision "origin\/release".*\nhint: .*git fetch/);
    const plain = copyFixture('flat');
    const notGit = await evt(['diff', plain, '--against', 'main']);
    expect(notGit.code).toBe(2);
    expect(notGit.stderr.split('\n').length).toBe(3);
  });
});
