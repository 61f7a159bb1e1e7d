/**
 * Two threads give the report one thread gives, byte for byte (src/plan/sharded.ts).
 *
 * These tests import the built modules (dist/), not src/: the worker thread runs the module file
 * itself, which Node can start from dist/plan/sharded.js but not from a TypeScript source. A worker
 * that fails is not hidden either: its part is then done on the main thread and the report carries
 * a note saying so, which would make the reports differ here.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evtProcess as evt } from '../helpers/process.js';
import { FIXTURES, PROJECT_ROOT, SHARED, SKIP_SHARED_TESTS, fixtureRepo } from '../helpers/paths.js';

type CheckDir = typeof import('../../src/plan/index.js').checkDir;
type ShardsModule = typeof import('../../src/plan/concurrency.js');
type LoadModule = typeof import('../../src/repo/load.js');

const dist = (file: string) => path.join(PROJECT_ROOT, 'dist', file);
/** The working tree's listing and the config a load of it resolves. */
const listed_ = async (root: string) => {
  const files = await load.workingTree(root)();
  return { ...files, config: load.repoConfig(root, {}, files.files) };
};
let checkDir: CheckDir;
let shards: ShardsModule;
let load: LoadModule;

beforeAll(async () => {
  ({ checkDir } = (await import(dist('plan/index.js'))) as { checkDir: CheckDir });
  shards = (await import(dist('plan/concurrency.js'))) as ShardsModule;
  load = (await import(dist('repo/load.js'))) as LoadModule;
});

const COMMANDS = [
  ['lint', { lint: true, diff: false }],
  ['diff', { lint: false, diff: true }],
  ['check', { lint: true, diff: true }],
] as const;

async function bothWays(root: string, command: (typeof COMMANDS)[number], extra: Record<string, unknown> = {}) {
  const [name, parts] = command;
  const request = { command: name, ...parts, today: '2026-11-23', witnesses: 'auto' as const, ...extra };
  const serial = await checkDir(root, request, { concurrency: 'off' });
  const sharded = await checkDir(root, request, { concurrency: 'on' });
  return { serial: JSON.stringify(serial, null, 1), sharded: JSON.stringify(sharded, null, 1), report: sharded };
}

const REPOS = fs.readdirSync(path.join(FIXTURES, 'repos')).sort();
const HOSTILE = fs
  .readdirSync(path.join(FIXTURES, 'hostile'))
  .filter((c) => !c.startsWith('config-'))
  .sort();

describe('--concurrency on gives the serial report', () => {
  it.each(REPOS.flatMap((repo) => COMMANDS.map((c) => [repo, c[0], c] as const)))(
    'fixtures/repos/%s: %s',
    async (repo, _name, command) => {
      const { serial, sharded } = await bothWays(fixtureRepo(repo), command);
      expect(sharded).toBe(serial);
    },
  );

  it.each(HOSTILE)('fixtures/hostile/%s: check', async (name) => {
    const { serial, sharded } = await bothWays(path.join(FIXTURES, 'hostile', name), COMMANDS[2]);
    expect(sharded).toBe(serial);
  });

  it('with --transitive, --mode and --no-witnesses', async () => {
    const { serial, sharded, report } = await bothWays(fixtureRepo('versioned'), COMMANDS[1], {
      transitive: true,
      mode: 'full',
      witnesses: false,
    });
    expect(sharded).toBe(serial);
    expect(report.notes).toEqual(['layout: sguild', 'compared 1 version pair']);
  });

  it('both threads get events: the split is by event and interleaved', async () => {
    const listed = await listed_(fixtureRepo('versioned'));
    const { splitByEvent } = (await import(dist('repo/scope.js'))) as typeof import('../../src/repo/scope.js');
    const split = splitByEvent(listed.files, listed.config, 0.6);
    expect(split.events).toBeGreaterThanOrEqual(2);
    expect(split.second.length).toBeGreaterThan(0);
    expect(split.first.length).toBeGreaterThan(0);
    // every version of an event is on one side
    const sides = (files: string[]) => new Set(files.map((f) => path.basename(f).replace(/-v\d+\.json$/, '')));
    const first = sides(split.first);
    for (const name of sides(split.second)) expect(first.has(name)).toBe(false);
  });
});

describe('the built CLI (bundle) on two threads', () => {
  // the worker is a bundle of its own (dist/cli/shard-worker.js); had it failed, its part would be
  // done on the main thread and the report would carry a note saying so
  it.each(['versioned', 'broken-sync', 'name-versioned'])(
    'fixtures/repos/%s: evt check --concurrency on prints what --concurrency off prints',
    (repo) => {
      for (const format of ['json', 'text']) {
        const on = evt(['check', fixtureRepo(repo), '--concurrency', 'on', '--format', format]);
        const off = evt(['check', fixtureRepo(repo), '--concurrency', 'off', '--format', format]);
        expect(on.stderr).toBe('');
        expect({ code: on.code, stdout: on.stdout }).toEqual({ code: off.code, stdout: off.stdout });
      }
    },
  );

  it('the report names no worker failure', () => {
    const out = evt(['lint', fixtureRepo('versioned'), '--concurrency', 'on', '--format', 'json']);
    expect((JSON.parse(out.stdout) as { notes: string[] }).notes).toEqual(['layout: sguild']);
  });
});

describe('when two threads are used', () => {
  it('auto: from SHARD_MIN_FILES files, and never with --cache, --changed or --against', async () => {
    const listed = (await listed_(fixtureRepo('versioned'))).files.length;
    const many = shards.SHARD_MIN_FILES;
    const plain = {};
    const cache = { dir: '/tmp', version: '0' };
    expect(shards.useShards(listed, plain, { concurrency: 'auto' })).toBe(false);
    expect(shards.useShards(many, plain, { concurrency: 'auto' })).toBe(os.availableParallelism() >= 2);
    expect(shards.useShards(listed, plain, { concurrency: 'on' })).toBe(true);
    expect(shards.useShards(many, plain, { concurrency: 'off' })).toBe(false);
    expect(shards.useShards(many, plain, { cache, concurrency: 'on' })).toBe(false);
    expect(shards.useShards(many, { changed: true, against: 'HEAD' }, { concurrency: 'on' })).toBe(false);
    expect(shards.useShards(many, { against: 'HEAD' }, { concurrency: 'on' })).toBe(false);
  });

  it('the worker starts before the listing with --concurrency on or a git index of SHARD_MIN_FILES files', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'evt-shards-likely-'));
    const index = (bytes: number) => {
      fs.mkdirSync(path.join(root, '.git'), { recursive: true });
      fs.writeFileSync(path.join(root, '.git', 'index'), Buffer.alloc(bytes));
    };
    try {
      const twoCores = os.availableParallelism() >= 2;
      expect(shards.shardsLikely(root, {}, { concurrency: 'auto' })).toBe(false);
      expect(shards.shardsLikely(root, {}, { concurrency: 'on' })).toBe(true);
      index(shards.SHARD_MIN_FILES * 100 - 1);
      expect(shards.shardsLikely(root, {}, { concurrency: 'auto' })).toBe(false);
      index(shards.SHARD_MIN_FILES * 100);
      expect(shards.shardsLikely(root, {}, { concurrency: 'auto' })).toBe(twoCores);
      expect(shards.shardsLikely(root, {}, { concurrency: 'off' })).toBe(false);
      expect(shards.shardsLikely(root, { changed: true, against: 'HEAD' }, { concurrency: 'on' })).toBe(false);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});

describe.skipIf(SKIP_SHARED_TESTS)('a generated repo over SHARD_MIN_FILES files (auto)', () => {
  let root = '';
  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'evt-shards-'));
    execFileSync(
      process.execPath,
      [path.join(SHARED, 'bench/gen-repo.mjs'), root, '--events', '1400', '--seed', '7', '--force'],
      { stdio: 'ignore' },
    );
  }, 60_000);
  afterAll(() => {
    if (root) fs.rmSync(root, { recursive: true, force: true });
  });

  it('auto picks two threads (with two cores) and every command reports what one thread reports', async () => {
    const listed = await listed_(root);
    expect(listed.files.length).toBeGreaterThanOrEqual(shards.SHARD_MIN_FILES);
    expect(shards.useShards(listed.files.length, {}, {})).toBe(os.availableParallelism() >= 2);
    for (const command of COMMANDS) {
      const [name, parts] = command;
      const request = { command: name, ...parts, today: '2026-11-23', witnesses: 'auto' as const };
      const serial = await checkDir(root, request, { concurrency: 'off' });
      const auto = await checkDir(root, request, {});
      expect(JSON.stringify(auto)).toBe(JSON.stringify(serial));
      if (parts.diff) expect(auto.findings.length).toBeGreaterThan(0);
    }
  }, 60_000);
});
