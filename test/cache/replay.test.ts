/**
 * --cache whole-run replay (src/cache/replay.ts): a run with every input unchanged replays the
 * previous report without parsing a schema or running a rule, byte for byte what a run without
 * the cache prints; any change to an input (a file, the listing, the config, an option) is a miss,
 * and approvals are applied again on every run.
 *
 * Most runs are in-process (`run`), with parseSchemaText and checkRepo wrapped in counters: a replay
 * is a run where both stayed at zero. The same runs through the built bin: replay-bin.e2e.test.ts.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { evt as evtCli } from '../helpers/cli.js';
import { editJson, git } from '../helpers/git.js';
import { fixtureRepo } from '../helpers/paths.js';
import { copyFixture } from '../helpers/repo-copy.js';

const counts = vi.hoisted(() => ({ parse: 0, runCheck: 0 }));

vi.mock('../../src/repo/parse.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/repo/parse.js')>();
  return {
    ...original,
    parseSchemaText: (...args: Parameters<typeof original.parseSchemaText>) => {
      counts.parse++;
      return original.parseSchemaText(...args);
    },
  };
});
vi.mock('../../src/pipeline/run-check.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/pipeline/run-check.js')>();
  return {
    ...original,
    checkRepo: (...args: Parameters<typeof original.checkRepo>) => {
      counts.runCheck++;
      return original.checkRepo(...args);
    },
  };
});

const temps: string[] = [];
afterEach(() => temps.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
beforeEach(() => {
  counts.parse = 0;
  counts.runCheck = 0;
});

function copyOf(fixture: string): string {
  const dir = copyFixture(fixture);
  temps.push(dir);
  return dir;
}

const TODAY = { EVT_TODAY: '2030-01-15' };
/** Every reporter in one run: each prints to stdout, one after the other. */
const ALL_FORMATS = ['text', 'json', 'sarif', 'github', 'junit', 'markdown'].flatMap((f) => ['--format', f]);

/** One in-process run, and whether it parsed schemas or ran checks (a replay does neither). */
async function evt(args: string[], env: Record<string, string> = TODAY) {
  counts.parse = 0;
  counts.runCheck = 0;
  const output = await evtCli(args, undefined, env);
  return { output, parsed: counts.parse, ran: counts.runCheck };
}

/** The run without any cache: what every cached run must print. */
const plain = async (args: string[], env?: Record<string, string>) => (await evt(args, env)).output;

const snapshotFile = (dir: string, command = 'check') => path.join(dir, '.evt-cache', `evt-run-${command}.cache`);

function schemaFile(dir: string, pattern: RegExp): string {
  return path.join(
    dir,
    fs
      .readdirSync(dir, { recursive: true })
      .map(String)
      .find((f) => pattern.test(f.split(path.sep).join('/')))!,
  );
}

describe('--cache replays an unchanged run', () => {
  const fixtures = fs.readdirSync(path.dirname(fixtureRepo('x'))).sort();

  it.each(fixtures.flatMap((fixture) => ['lint', 'diff', 'check'].map((command) => [fixture, command])))(
    '%s, evt %s: the warm run prints what an uncached run does, in every format, without parsing',
    async (fixture, command) => {
      const dir = copyOf(fixture);
      const args = [command, dir, ...ALL_FORMATS];
      const expected = await plain(args);
      expect(expected.code === 0 || expected.code === 1, expected.stderr).toBe(true);
      const cold = await evt([...args, '--cache']);
      expect(cold.output).toEqual(expected);
      expect(cold.ran).toBe(1);
      // evt diff reads only the files it pairs: a repo of single-version events gives it none to parse
      if (command !== 'diff' || ['versioned', 'name-versioned', 'configured', 'area-action-state'].includes(fixture))
        expect(cold.parsed).toBeGreaterThan(0);
      expect(fs.existsSync(snapshotFile(dir, command))).toBe(true);
      const warm = await evt([...args, '--cache']);
      expect(warm.output).toEqual(expected);
      expect({ parsed: warm.parsed, ran: warm.ran }).toEqual({ parsed: 0, ran: 0 });
    },
  );

  it('--format and --fail-on are not part of the key: another format or threshold still replays', async () => {
    const dir = copyOf('versioned');
    await evt(['check', dir, '--cache']);
    for (const extra of [
      ['--format', 'sarif'],
      ['--fail-on', 'info'],
      ['--format', 'json', '--output', path.join(dir, 'out.json')],
    ]) {
      const warm = await evt(['check', dir, '--cache', ...extra]);
      expect(warm.output).toEqual(await plain(['check', dir, ...extra]));
      expect(warm.parsed).toBe(0);
    }
  });

  it('lint, diff and check each keep their own snapshot: alternating commands all replay', async () => {
    const dir = copyOf('broken-sync');
    for (const command of ['lint', 'diff', 'check']) await evt([command, dir, '--cache']);
    for (const command of ['lint', 'diff', 'check']) {
      const warm = await evt([command, dir, '--cache']);
      expect(warm.parsed, command).toBe(0);
      expect(warm.output).toEqual(await plain([command, dir]));
    }
  });

  it('--cache-location holds the snapshot (relative to the current directory)', async () => {
    const dir = copyOf('versioned');
    const location = fs.mkdtempSync(path.join(os.tmpdir(), 'evt-replay-location-'));
    temps.push(location);
    await evt(['check', dir, '--cache-location', path.relative(process.cwd(), location)]);
    expect(fs.readdirSync(location).sort()).toEqual(['evt-cache.json', 'evt-run-check.cache']);
    expect(fs.existsSync(path.join(dir, '.evt-cache'))).toBe(false);
    const warm = await evt(['check', dir, '--cache-location', location]);
    expect(warm.parsed).toBe(0);
    expect(warm.output).toEqual(await plain(['check', dir]));
  });

  it('a cache directory inside the repo: the per-file cache is keyed by name, not by what evt rewrites in it', async () => {
    const dir = copyOf('versioned');
    const args = ['check', dir, '--format', 'json'];
    const cached = [...args, '--cache-location', path.join(dir, 'cache')];
    await evt(cached);
    expect(fs.readdirSync(path.join(dir, 'cache')).sort()).toEqual(['evt-cache.json', 'evt-run-check.cache']);
    await evt(cached); // the listing now holds cache/evt-cache.json: a new key
    expect((await evt(cached)).parsed).toBe(0);
    // a change rewrites the per-file cache; the run after it replays all the same
    editJson(schemaFile(dir, /boat\.booked-v2\.json$/), (json) => void (json.properties.extra = { type: 'strng' }));
    const before = fs.readFileSync(path.join(dir, 'cache/evt-cache.json'), 'utf8');
    expect((await evt(cached)).parsed).toBeGreaterThan(0);
    expect(fs.readFileSync(path.join(dir, 'cache/evt-cache.json'), 'utf8')).not.toBe(before);
    const warm = await evt(cached);
    expect(warm.parsed).toBe(0);
    expect(warm.output).toEqual(await plain(args));
  });

  it('a cache directory whose files a schema template matches: each run reports what an uncached run over the same tree does', async () => {
    const dir = copyOf('flat');
    fs.writeFileSync(
      path.join(dir, 'evt.config.yaml'),
      "preset: goodgo\nlayout:\n  schemas: ['schemas/{event}.schema.json', 'cache/{event}.json']\n",
    );
    const args = ['lint', dir, '--format', 'json'];
    for (let i = 0; i < 3; i++) {
      const expected = await plain(args);
      expect((await evt([...args, '--cache-location', path.join(dir, 'cache')])).output).toEqual(expected);
    }
    expect((await plain(args)).stdout).toContain('cache/evt-cache.json');
  });

  it('a warm hit does not rewrite the snapshot', async () => {
    const dir = copyOf('versioned');
    await evt(['check', dir, '--cache']);
    const before = fs.statSync(snapshotFile(dir));
    const text = fs.readFileSync(snapshotFile(dir), 'utf8');
    await evt(['check', dir, '--cache']);
    const after = fs.statSync(snapshotFile(dir));
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
    expect(fs.readFileSync(snapshotFile(dir), 'utf8')).toBe(text);
  });
});

describe('--cache: every input change is a miss', () => {
  /** Warms the cache, changes something, and checks the next cached run recomputes what an uncached run prints (and that it differs). */
  async function expectMiss(dir: string, change: () => void, args: string[] = ['check', dir, '--format', 'json']) {
    await evt([...args, '--cache']);
    const before = await plain(args);
    expect((await evt([...args, '--cache'])).parsed).toBe(0);
    change();
    const expected = await plain(args);
    expect(expected).not.toEqual(before);
    const warm = await evt([...args, '--cache']);
    expect(warm.parsed).toBeGreaterThan(0);
    expect(warm.output).toEqual(expected);
    // and the new state replays in turn
    const again = await evt([...args, '--cache']);
    expect(again.parsed).toBe(0);
    expect(again.output).toEqual(expected);
  }

  it('editing a schema', async () => {
    const dir = copyOf('versioned');
    await expectMiss(dir, () =>
      editJson(schemaFile(dir, /boat\.booked-v2\.json$/), (json) => void (json.properties.extra = { type: 'strng' })),
    );
  });

  it('editing a schema without changing its size or modification time', async () => {
    const dir = copyOf('versioned');
    const file = schemaFile(dir, /boat\.booked-v2\.json$/);
    await expectMiss(dir, () => {
      const stat = fs.statSync(file);
      const text = fs.readFileSync(file, 'utf8');
      const edited = text.replace('"crew_size"', '"crew_sizf"');
      expect(edited.length).toBe(text.length);
      fs.writeFileSync(file, edited);
      fs.utimesSync(file, stat.atime, stat.mtime);
    });
  });

  it('adding a schema file', async () => {
    const dir = copyOf('flat');
    await expectMiss(
      dir,
      () => fs.writeFileSync(path.join(dir, 'schemas/Order.Refunded.schema.json'), JSON.stringify({ type: 'object' })),
      ['lint', dir, '--format', 'json'],
    );
  });

  it('deleting a schema file', async () => {
    const dir = copyOf('versioned');
    await expectMiss(dir, () => fs.rmSync(schemaFile(dir, /boat\.booked-v2\.json$/)));
  });

  it('renaming a schema file', async () => {
    const dir = copyOf('flat');
    await expectMiss(
      dir,
      () =>
        fs.renameSync(
          path.join(dir, 'schemas/review.approved.schema.json'),
          path.join(dir, 'schemas/review.Approved.schema.json'),
        ),
      ['lint', dir, '--format', 'json'],
    );
  });

  it('editing the registry', async () => {
    const dir = copyOf('versioned');
    await expectMiss(
      dir,
      () =>
        editJson(
          path.join(dir, 'contracts/event-types-registry.json'),
          (json) => void delete json.event_types['credit.topped_up'],
        ),
      ['lint', dir, '--format', 'json'],
    );
  });

  it('editing the union file', async () => {
    const dir = copyOf('flat');
    const union = path.join(dir, 'src/event-types.ts');
    await expectMiss(
      dir,
      () =>
        fs.writeFileSync(
          union,
          fs.readFileSync(union, 'utf8').replace("'order.placed'", "'order.placed' | 'order.vanished'"),
        ),
      ['lint', dir, '--format', 'json'],
    );
  });

  it('editing, and creating, a union file at a configured path the listing does not hold', async () => {
    const dir = copyOf('flat');
    const union = path.join(dir, 'lib/events.ts');
    fs.mkdirSync(path.dirname(union));
    fs.renameSync(path.join(dir, 'src/event-types.ts'), union);
    fs.writeFileSync(path.join(dir, 'evt.config.yaml'), 'preset: goodgo\nlayout:\n  union: lib/events.ts\n');
    const args = ['lint', dir, '--format', 'json'];
    await expectMiss(
      dir,
      () =>
        fs.writeFileSync(
          union,
          fs.readFileSync(union, 'utf8').replace("'order.placed'", "'order.placed' | 'order.vanished'"),
        ),
      args,
    );
    await expectMiss(dir, () => fs.rmSync(union), args);
    await expectMiss(dir, () => fs.writeFileSync(union, "export type EventType = 'order.placed';\n"), args);
  });

  it('changing the config', async () => {
    const dir = copyOf('versioned');
    await expectMiss(dir, () =>
      fs.writeFileSync(path.join(dir, 'evt.config.yaml'), 'rules:\n  annotation-changed: off\n'),
    );
  });

  it('a config given with --config changing', async () => {
    const dir = copyOf('versioned');
    const config = path.join(dir, 'alt.yaml');
    fs.writeFileSync(config, 'rules:\n  annotation-changed: warning\n');
    await expectMiss(dir, () => fs.writeFileSync(config, 'rules:\n  annotation-changed: off\n'), [
      'check',
      dir,
      '--config',
      config,
      '--format',
      'json',
    ]);
  });

  it('a .gitignore that hides a file', async () => {
    const dir = copyOf('versioned');
    await expectMiss(dir, () => fs.writeFileSync(path.join(dir, '.gitignore'), '*-v2.json\n'));
  });

  it('an option that shapes findings: --mode, --policy, --transitive, --no-witnesses', async () => {
    const dir = copyOf('versioned');
    const base = ['check', dir, '--format', 'json'];
    await evt([...base, '--cache']);
    for (const extra of [
      ['--mode', 'none'],
      ['--mode', 'forward'],
      ['--policy', 'lenient'],
      ['--transitive'],
      ['--no-witnesses'],
    ]) {
      const warm = await evt([...base, ...extra, '--cache']);
      expect(warm.parsed, extra.join(' ')).toBeGreaterThan(0);
      expect(warm.output).toEqual(await plain([...base, ...extra]));
    }
    expect((await plain([...base, '--mode', 'none'])).stdout).not.toEqual((await plain(base)).stdout);
  });
});

describe('--cache: approvals are applied on every run', () => {
  it('an approval written after the cache was filled applies, and stops applying once expired', async () => {
    // broken-sync fails on lint errors (versioned's v1 -> v2 break is an expected major change now)
    const dir = copyOf('broken-sync');
    const args = ['check', dir, '--format', 'json', '--format', 'text'];
    const cold = await evt([...args, '--cache']);
    expect(cold.output.code).toBe(1);
    const approved = await evt([
      'approve',
      dir,
      '--reason',
      'crew_size ships with the app release',
      '--by',
      'alice',
      '--expires',
      '2030-01-31',
    ]);
    expect(approved.output.code).toBe(0);

    const withApproval = await evt([...args, '--cache']);
    expect(withApproval.parsed).toBe(0);
    expect(withApproval.output).toEqual(await plain(args));
    expect(withApproval.output.code).toBe(0);

    const expiredDay = { EVT_TODAY: '2030-02-01' };
    const expired = await evt([...args, '--cache'], expiredDay);
    expect(expired.parsed).toBe(0);
    expect(expired.output).toEqual(await plain(args, expiredDay));
    expect(expired.output.code).toBe(1);
    expect(expired.output.stdout).toContain('approval expired on 2030-01-31');

    fs.rmSync(path.join(dir, 'evt.approvals.yaml'));
    const removed = await evt([...args, '--cache']);
    expect(removed.output).toEqual(cold.output);
  });

  it('a broken approvals file is the same exit 2 as without the cache', async () => {
    const dir = copyOf('versioned');
    await evt(['check', dir, '--cache']);
    fs.writeFileSync(path.join(dir, 'evt.approvals.yaml'), 'approvals:\n  - fingerprint: nope\n');
    const warm = await evt(['check', dir, '--cache']);
    expect(warm.output.code).toBe(2);
    expect(warm.output).toEqual(await plain(['check', dir]));
  });
});

describe('--cache: a damaged snapshot is a miss, never an error', () => {
  const damages: Record<string, (file: string) => void> = {
    garbage: (file) => fs.writeFileSync(file, 'not a snapshot at all'),
    empty: (file) => fs.writeFileSync(file, ''),
    truncated: (file) => fs.truncateSync(file, Math.floor(fs.statSync(file).size / 2)),
    'a body edited behind the header': (file) =>
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('"error"', '"info"')),
    'valid JSON of the wrong shape': (file) => {
      const header = fs.readFileSync(file, 'utf8').split('\n')[0]!.split(' ');
      const body = JSON.stringify({ findings: 'nope', notes: [] });
      fs.writeFileSync(
        file,
        `${[...header.slice(0, 3), createHash('sha1').update(body).digest('hex')].join(' ')}\n${body}`,
      );
    },
    'a directory': (file) => {
      fs.rmSync(file);
      fs.mkdirSync(file);
    },
  };

  it.each(Object.keys(damages))('%s', async (damage) => {
    // a fixture with errors, so "a body edited behind the header" has one to edit
    const dir = copyOf('broken-sync');
    const args = ['check', dir, '--format', 'json', '--format', 'text'];
    await evt([...args, '--cache']);
    damages[damage]!(snapshotFile(dir));
    const warm = await evt([...args, '--cache']);
    expect(warm.parsed).toBeGreaterThan(0);
    expect(warm.output).toEqual(await plain(args));
    if (damage !== 'a directory') expect((await evt([...args, '--cache'])).parsed).toBe(0); // rewritten
  });

  it('a corrupt per-file cache next to it changes nothing either', async () => {
    const dir = copyOf('versioned');
    await evt(['check', dir, '--cache']);
    fs.writeFileSync(path.join(dir, '.evt-cache', 'evt-cache.json'), '{"format": 2, "key":');
    fs.rmSync(snapshotFile(dir));
    const warm = await evt(['check', dir, '--cache', '--format', 'json']);
    expect(warm.output).toEqual(await plain(['check', dir, '--format', 'json']));
  });
});

describe('--cache: inputs the replay must not read, and runs it must not replay', () => {
  it('a schema linked to a file outside the repo is never read: changing the target is still a replay', async () => {
    const dir = copyOf('flat');
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'evt-replay-outside-'));
    temps.push(outside);
    fs.writeFileSync(path.join(outside, 'secret.json'), '{"type": "object"}');
    fs.symlinkSync(path.join(outside, 'secret.json'), path.join(dir, 'schemas/order.leaked.schema.json'));
    const args = ['lint', dir, '--format', 'json'];
    const cold = await evt([...args, '--cache']);
    expect(cold.output.stdout).toContain('symbolic link to a path outside the repo');
    fs.writeFileSync(path.join(outside, 'secret.json'), '{"type": "array", "note": "changed"}');
    const warm = await evt([...args, '--cache']);
    expect(warm.parsed).toBe(0);
    expect(warm.output).toEqual(await plain(args));
  });

  it('a schema linked to a file inside the repo is keyed by what it reads', async () => {
    const dir = copyOf('flat');
    fs.symlinkSync('order.placed.schema.json', path.join(dir, 'schemas/order.copied.schema.json'));
    const args = ['lint', dir, '--format', 'json'];
    await evt([...args, '--cache']);
    const expected = await plain(args);
    expect((await evt([...args, '--cache'])).output).toEqual(expected);
    editJson(path.join(dir, 'schemas/order.placed.schema.json'), (json) => void (json.title = 'order.copied'));
    const warm = await evt([...args, '--cache']);
    expect(warm.parsed).toBeGreaterThan(0);
    expect(warm.output).toEqual(await plain(args));
  });

  it('--against and --changed runs are not replayed (git state is an input)', async () => {
    const dir = copyOf('versioned');
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '-A');
    git(dir, '-c', 'user.name=evt', '-c', 'user.email=evt@test', 'commit', '-q', '-m', 'v1');
    for (const extra of [
      ['--against', 'HEAD'],
      ['--changed', '--against', 'HEAD'],
    ]) {
      const args = ['check', dir, '--format', 'json', ...extra];
      await evt([...args, '--cache']);
      const again = await evt([...args, '--cache']);
      expect(again.ran, extra.join(' ')).toBe(1);
      expect(again.output).toEqual(await plain(args));
    }
    expect(fs.existsSync(snapshotFile(dir))).toBe(false);
  });
});
