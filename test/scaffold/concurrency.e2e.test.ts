/**
 * Two evt new at once on one repo: `.evt.lock` (O_EXCL) lets exactly one through; the other
 * exits 2 with one line and a hint, and the repo is what the winner alone would have made.
 * EVT_TEST_LOCK_HOLD_MS keeps the lock held long enough for the runs to overlap.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evtAsync, evtProcess as evt } from '../helpers/process.js';
import { copyFixture, read, snapshot } from '../helpers/repo-copy.js';

const HELD =
  /^evt: another evt command is changing this repo \(pid \d+ on .+ since \d{4}-\d\d-\d\dT[\d:.]+Z\)\nhint: wait for it to finish and run again; if none is running, delete .+\/\.evt\.lock\n$/;

describe('two evt new at the same time', () => {
  it('one wins (exit 0), the other exits 2 with one line; the repo is consistent', async () => {
    const dir = copyFixture('versioned');
    const hold = { EVT_TEST_LOCK_HOLD_MS: '1500' };
    const results = await Promise.all([
      evtAsync(['new', 'boat.returned', dir], { env: hold }),
      evtAsync(['new', 'coach.assigned', dir], { env: hold }),
    ]);
    expect(results.map((r) => r.code).sort()).toEqual([0, 2]);
    const loser = results.find((r) => r.code === 2)!;
    expect(loser.stdout).toBe('');
    expect(loser.stderr).toMatch(HELD);
    expect(fs.existsSync(path.join(dir, '.evt.lock'))).toBe(false);
    const winner = results[0]!.code === 0 ? 'boat.returned' : 'coach.assigned';
    expect(read(dir, 'contracts/event-types-registry.json').match(/"(boat\.returned|coach\.assigned)"/g)).toEqual([
      `"${winner}"`,
    ]);
    expect(evt(['lint', dir])).toMatchObject({ code: 0 });
  });

  it('the same command twice at once: one scaffolds, the other is refused, then a rerun converges', async () => {
    const dir = copyFixture('flat');
    const first = evtAsync(['new', 'payment.completed', dir], { env: { EVT_TEST_LOCK_HOLD_MS: '1500' } });
    while (!fs.existsSync(path.join(dir, '.evt.lock'))) await new Promise((r) => setTimeout(r, 20));
    const second = await evtAsync(['new', 'payment.completed', dir]);
    expect(second.code).toBe(2);
    expect(second.stderr).toMatch(HELD);
    expect((await first).code).toBe(0);
    const after = snapshot(dir);
    expect(evt(['new', 'payment.completed', dir])).toEqual({
      code: 0,
      stdout: 'nothing to do: payment.completed is already scaffolded\n',
      stderr: '',
    });
    expect(snapshot(dir)).toEqual(after);
  });
});

describe('stale and foreign locks', () => {
  it('a lock whose process is gone is reported as stale, never removed silently', () => {
    const dir = copyFixture('flat');
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
      encoding: 'utf8',
    }).stdout;
    const lock = JSON.stringify({
      pid: Number(dead),
      host: os.hostname(),
      since: '2026-01-01T00:00:00.000Z',
      command: 'evt new x.y',
    });
    fs.writeFileSync(path.join(dir, '.evt.lock'), lock);
    const before = snapshot(dir);
    expect(evt(['new', 'payment.completed', dir])).toEqual({
      code: 2,
      stdout: '',
      stderr: `evt: .evt.lock is stale (pid ${dead} on ${os.hostname()} since 2026-01-01T00:00:00.000Z): that process is not running\nhint: no evt is running on this repo: delete ${path.join(dir, '.evt.lock')} and run again\n`,
    });
    expect(snapshot(dir)).toEqual(before);
  });

  it('an unreadable lock file still blocks, without details', () => {
    const dir = copyFixture('flat');
    fs.writeFileSync(path.join(dir, '.evt.lock'), '');
    expect(evt(['new', 'payment.completed', dir])).toEqual({
      code: 2,
      stdout: '',
      stderr: `evt: another evt command is changing this repo\nhint: wait for it to finish and run again; if none is running, delete ${path.join(dir, '.evt.lock')}\n`,
    });
  });

  it('--dry-run takes no lock (it writes nothing, not even .evt.lock)', () => {
    const dir = copyFixture('flat');
    fs.writeFileSync(path.join(dir, '.evt.lock'), '');
    expect(evt(['new', 'payment.completed', '--dry-run', dir]).code).toBe(0);
  });
});
