import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContractRepo } from '../../src/repo/load.js';
import { fixtureRepo } from '../helpers/paths.js';
import { copyFixture } from '../helpers/repo-copy.js';

const summary = async (name: string) => {
  const repo = await loadContractRepo(fixtureRepo(name));
  return {
    layout: repo.layout,
    events: repo.events.map((e) => `${e.name}@${e.versions.map((v) => v.version?.raw ?? '-').join(',')}`),
    envelope: repo.envelope?.file,
    registry: repo.registry?.entries.map((e) => `${e.event}:${e.versions.join(',')}`),
    union: repo.union?.literals.map((l) => `${l.name}@${l.line}:${l.column}`),
  };
};

describe('loadContractRepo detects each seed style with zero configuration', () => {
  it('flat (goodgo): schemas/<event>.schema.json, envelope, TypeScript union', async () => {
    expect(await summary('flat')).toEqual({
      layout: 'goodgo',
      events: ['order.placed@-', 'review.approved@-', 'seller.verified@-'],
      envelope: 'schemas/envelope.schema.json',
      registry: undefined,
      union: ['order.placed@3:6', 'review.approved@4:6', 'seller.verified@5:6'],
    });
  });

  it('versioned (sguild): contracts/<contract>/schema/payloads/<event>-v<N>.json with a registry', async () => {
    expect(await summary('versioned')).toEqual({
      layout: 'sguild',
      events: ['boat.booked@1,2', 'booking.cancelled@1', 'credit.topped_up@1'],
      envelope: 'contracts/event-envelope/schema/envelope-v1.json',
      registry: ['boat.booked:1,2', 'booking.cancelled:1', 'credit.topped_up:1'],
      union: undefined,
    });
  });

  it('area.action.state (go4u): events/<event>/v<N>.schema.json', async () => {
    expect(await summary('area-action-state')).toEqual({
      layout: 'go4u',
      events: ['task.created@1', 'task.deal.confirmed@1,2', 'wallet.escrow.released@1'],
      envelope: 'envelope.schema.json',
      registry: undefined,
      union: undefined,
    });
  });

  it('{domain}.{action}.v{N} (salestalk): the version is the last name segment', async () => {
    const repo = await loadContractRepo(fixtureRepo('name-versioned'));
    expect(repo.layout).toBe('salestalk');
    expect(repo.events.map((e) => [e.name, e.versions.map((v) => v.event)])).toEqual([
      ['deck.generated', ['deck.generated.v1', 'deck.generated.v2']],
      ['metrics.ingested', ['metrics.ingested.v1']],
      ['tenant.provisioned', ['tenant.provisioned.v1']],
    ]);
  });

  it('configured: a directory per name segment, YAML files, semver versions', async () => {
    const repo = await loadContractRepo(fixtureRepo('configured'));
    expect(repo.config.source).toBe('evt.config.yaml');
    expect(repo.events.map((e) => [e.name, e.versions.map((v) => `${v.version?.format}:${v.version?.raw}`)])).toEqual([
      ['invoice.issued', ['semver:1.0.0', 'semver:1.1.0']],
      ['invoice.voided', ['semver:1.0.0']],
    ]);
    expect(repo.docs.map((d) => d.format)).toEqual(['yaml', 'yaml', 'yaml']);
    expect(repo.config.rules['schema-title-mismatch']).toBe('warning');
  });
});

describe('.gitignore files in sub-folders', () => {
  it('apply below their folder, and the folder itself is still walked (no crash on its own path)', async () => {
    const dir = copyFixture('flat');
    fs.writeFileSync(path.join(dir, 'schemas/.gitignore'), 'scratch.schema.json\n');
    fs.writeFileSync(path.join(dir, 'schemas/scratch.schema.json'), '{"type": "object"}');
    const repo = await loadContractRepo(dir);
    expect(repo.events.map((e) => e.name)).toEqual(['order.placed', 'review.approved', 'seller.verified']);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
