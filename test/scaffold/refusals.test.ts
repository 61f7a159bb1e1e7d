/**
 * Everything evt new refuses: exit 2, one line and a hint on stderr, nothing on stdout, and the
 * repo byte-identical afterwards.
 */
import { describe, expect, it } from 'vitest';
import { evt } from '../helpers/cli.js';
import { copyFixture, snapshot } from '../helpers/repo-copy.js';

async function refused(fixture: string, args: string[]): Promise<string> {
  const dir = copyFixture(fixture);
  const before = snapshot(dir);
  const result = await evt(['new', ...args, dir]);
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr.split('\n').filter(Boolean)).toHaveLength(2);
  expect(snapshot(dir)).toEqual(before);
  return result.stderr;
}

const PATTERN = String.raw`^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$`;

describe('evt new refuses invalid names before touching anything', () => {
  it.each([
    [
      'PaymentCompleted',
      `evt: invalid event name: "PaymentCompleted" does not match naming.pattern ${PATTERN} [name-pattern] (and name-segment-count, name-segment-case)\nhint: did you mean "payment.completed"? evt new payment.completed\n`,
    ],
    [
      'user.login',
      'evt: invalid event name: verb segment "login" of "user.login" is not past tense [name-past-tense]\nhint: did you mean "user.logged_in"? evt new user.logged_in\n',
    ],
    [
      'Payment.completed',
      `evt: invalid event name: "Payment.completed" does not match naming.pattern ${PATTERN} [name-pattern] (and name-segment-case)\nhint: did you mean "payment.completed"? evt new payment.completed\n`,
    ],
    [
      'payment.completed.',
      `evt: invalid event name: "payment.completed." does not match naming.pattern ${PATTERN} [name-pattern] (and name-segment-case)\nhint: did you mean "payment.completed"? evt new payment.completed\n`,
    ],
    [
      'payment.completed.v2',
      'evt: invalid event name: "payment.completed.v2" has a version segment "v2"; versions belong in the schema file, not the name [name-version-segment]\nhint: did you mean "payment.completed"? evt new payment.completed\n',
    ],
  ])('%s', async (name, stderr) => {
    expect(await refused('flat', [name])).toBe(stderr);
  });

  it.each([
    ['payments/completed', 'it contains a "/"'],
    ['../payment.completed', 'it contains a "/"'],
    ['payment..completed', 'it contains ".."'],
    ['..', 'it contains a ".." or "." path segment'],
    ['.payment.completed', 'it starts with a dot'],
    ['payment\\completed', 'it contains a backslash'],
    ['payment.completed\u0001', 'it contains a control character'],
  ])('%j cannot become a path: %s', async (name, reason) => {
    expect(await refused('flat', [name])).toBe(
      `evt: refusing event name ${JSON.stringify(name)}: ${reason}\nhint: event names are dotted lower-case words, e.g. payment.completed\n`,
    );
  });

  it('--dir that climbs out of the repo', async () => {
    expect(await refused('versioned', ['coach.assigned', '--dir', '../../tmp'])).toBe(
      'evt: refusing --dir "../../tmp": it contains a ".." or "." path segment\nhint: pass a directory name inside the repo, e.g. --dir booking-lifecycle\n',
    );
  });

  it('a versionInName layout wants the version segment, and suggests it', async () => {
    expect(await refused('name-versioned', ['deck.generate'])).toBe(
      'evt: invalid event name: verb segment "generate" of "deck.generate.v1" is not past tense [name-past-tense]\nhint: did you mean "deck.generated.v1"? evt new deck.generated.v1\n',
    );
  });
});

describe('evt new refuses to clobber existing events', () => {
  it('an existing event in a versioned layout without --next-version', async () => {
    expect(await refused('versioned', ['boat.booked'])).toBe(
      'evt: event "boat.booked" already exists (contracts/booking-lifecycle/schema/payloads/boat.booked-v2.json)\nhint: to start its next version: evt new boat.booked --next-version\n',
    );
  });

  it('an existing single-version event: --next-version or --force', async () => {
    expect(await refused('area-action-state', ['task.created'])).toBe(
      'evt: event "task.created" already exists (events/task.created/v1.schema.json)\nhint: to start its next version: evt new task.created --next-version (or --force to overwrite events/task.created/v1.schema.json with a fresh scaffold)\n',
    );
  });

  it('an existing event in a flat layout', async () => {
    expect(await refused('flat', ['order.placed'])).toBe(
      'evt: event "order.placed" already exists (schemas/order.placed.schema.json)\nhint: this layout keeps one schema per event: edit schemas/order.placed.schema.json, or pass --force to overwrite it with a fresh scaffold\n',
    );
  });

  it('--next-version of an event that does not exist', async () => {
    expect(await refused('versioned', ['boat.sunk', '--next-version'])).toBe(
      'evt: there is no event "boat.sunk" to start a new version of\nhint: evt new boat.sunk creates it\n',
    );
  });

  it('--bump minor on integer versions', async () => {
    expect(await refused('versioned', ['boat.booked', '--next-version', '--bump', 'minor'])).toBe(
      'evt: --bump minor needs semver or SchemaVer versions; "boat.booked" uses integer versions\nhint: leave out --bump: integer versions only go up by one\n',
    );
  });

  it('a second --next-version while the newest version is an untouched copy', async () => {
    const dir = copyFixture('versioned');
    expect((await evt(['new', 'boat.booked', '--next-version', dir])).code).toBe(0);
    const before = snapshot(dir);
    expect(await evt(['new', 'boat.booked', '--next-version', dir])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'evt: v3 of "boat.booked" is still an untouched copy of v2 (contracts/booking-lifecycle/schema/payloads/boat.booked-v3.json)\n' +
        'hint: edit contracts/booking-lifecycle/schema/payloads/boat.booked-v3.json first (or delete it); evt new --next-version does not stack unchanged versions\n',
    });
    expect(snapshot(dir)).toEqual(before);
  });
});

describe('--force', () => {
  it('overwrites an existing flat schema with a fresh scaffold, and nothing else changes', async () => {
    const dir = copyFixture('flat');
    const before = snapshot(dir);
    const result = await evt(['new', 'review.approved', '--force', dir]);
    expect(result).toEqual({
      code: 0,
      stderr: '',
      stdout:
        'changed schemas/review.approved.schema.json\n\nnext:\n  - describe the payload in schemas/review.approved.schema.json: description, properties, required, examples\n',
    });
    const after = snapshot(dir);
    expect([...after.keys()].filter((k) => before.get(k) !== after.get(k))).toEqual([
      'schemas/review.approved.schema.json',
    ]);
  });
});
