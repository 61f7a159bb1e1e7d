/**
 * applyPlan is all or nothing: a failure after any rename leaves every file (and directory)
 * byte-identical to before. The failure is injected with the afterRename test hook.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EvtError } from '../../src/model/errors.js';
import { loadContractRepo } from '../../src/repo/load.js';
import { applyPlan } from '../../src/scaffold/apply.js';
import { planScaffold } from '../../src/scaffold/plan-scaffold.js';
import { scaffoldEvent } from '../../src/scaffold/scaffold.js';
import { copyFixture, read, snapshot } from '../helpers/repo-copy.js';

const boom = (): never => {
  throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
};

describe('applyPlan rolls back', () => {
  it.each([
    ['flat', 'payment.completed', 0],
    ['flat', 'payment.completed', 1],
    ['versioned', 'coach.assigned', 0],
    ['versioned', 'coach.assigned', 1],
    ['area-action-state', 'task.cancelled', 0],
  ])('%s: evt new %s failing after rename #%i leaves the repo byte-identical', async (fixture, name, failAt) => {
    const dir = copyFixture(fixture);
    const before = snapshot(dir);
    const plan = planScaffold(await loadContractRepo(dir), { name });
    expect(plan.files.length).toBeGreaterThan(failAt);
    let renamed = 0;
    const run = () =>
      applyPlan(plan, {
        afterRename: (_file, index) => {
          renamed++;
          if (index === failAt) boom();
        },
      });
    const error = (() => {
      try {
        run();
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(EvtError);
    expect((error as EvtError).message).toBe('cannot write the scaffold: ENOSPC; nothing was changed');
    expect(renamed).toBe(failAt + 1);
    expect(snapshot(dir)).toEqual(before);
  });

  it('the next version of an existing event, failing after the registry rename', async () => {
    const dir = copyFixture('versioned');
    const before = snapshot(dir);
    await expect(
      scaffoldEvent(
        dir,
        { name: 'boat.booked', nextVersion: true },
        { hooks: { afterRename: (_f, i) => (i === 1 ? boom() : undefined) } },
      ),
    ).rejects.toThrow('nothing was changed');
    expect(snapshot(dir)).toEqual(before);
  });

  it('refuses a plan whose files changed after planning, writing nothing', async () => {
    const dir = copyFixture('flat');
    const plan = planScaffold(await loadContractRepo(dir), { name: 'payment.completed' });
    fs.appendFileSync(path.join(dir, 'src/event-types.ts'), '// edited meanwhile\n');
    const before = snapshot(dir);
    expect(() => applyPlan(plan)).toThrow('src/event-types.ts changed while evt was planning; nothing was written');
    expect(snapshot(dir)).toEqual(before);
  });

  it('refuses a file that appeared after planning', async () => {
    const dir = copyFixture('flat');
    const plan = planScaffold(await loadContractRepo(dir), { name: 'payment.completed' });
    fs.writeFileSync(path.join(dir, 'schemas/payment.completed.schema.json'), '{}\n');
    expect(() => applyPlan(plan)).toThrow('schemas/payment.completed.schema.json changed while evt was planning');
    expect(read(dir, 'schemas/payment.completed.schema.json')).toBe('{}\n');
  });

  it('never writes through a symbolic link or outside the root', async () => {
    const dir = copyFixture('versioned');
    const outside = copyFixture('flat');
    fs.symlinkSync(outside, path.join(dir, 'contracts/coach'));
    const plan = planScaffold(await loadContractRepo(dir), { name: 'coach.assigned' });
    expect(plan.files[0]!.path).toBe('contracts/coach/schema/payloads/coach.assigned-v1.json');
    expect(() => applyPlan(plan)).toThrow(
      'refusing to write outside the repo: contracts/coach/schema/payloads/coach.assigned-v1.json',
    );
    expect(() => applyPlan({ ...plan, files: [{ path: '../escape.json', before: null, after: '{}' }] })).toThrow(
      'refusing to write outside the repo: ../escape.json',
    );
    expect(fs.existsSync(path.join(outside, 'schema'))).toBe(false);
  });

  it('keeps the file mode of changed files and leaves no temp or backup files', async () => {
    const dir = copyFixture('flat');
    fs.chmodSync(path.join(dir, 'src/event-types.ts'), 0o640);
    await scaffoldEvent(dir, { name: 'payment.completed' });
    expect(fs.statSync(path.join(dir, 'src/event-types.ts')).mode & 0o777).toBe(0o640);
    expect([...snapshot(dir).keys()].filter((p) => p.split('/').pop()!.startsWith('.'))).toEqual([]);
  });
});
