/**
 * evt new on a copy of every seed-style fixture repo: a new event, then the next version of an
 * existing one. After each run `evt lint` is clean and exactly the expected files changed.
 */
import { describe, expect, it } from 'vitest';
import { evt } from '../helpers/cli.js';
import { changedPaths, copyFixture, read, snapshot } from '../helpers/repo-copy.js';

/** Runs evt new, asserts exit 0, the changed paths, and a clean lint afterwards. */
async function scaffold(dir: string, args: string[], expectedChanges: string[]): Promise<string> {
  const before = snapshot(dir);
  const result = await evt(['new', ...args, dir]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  expect(changedPaths(before, snapshot(dir))).toEqual(expectedChanges);
  expect(await evt(['lint', dir])).toMatchObject({ code: 0, stdout: 'no findings\n' });
  return result.stdout;
}

describe('evt new on the flat fixture (goodgo: schemas/<event>.schema.json + TypeScript union)', () => {
  it('adds the schema and the literal to the union type and the EVENT_TYPES array', async () => {
    const dir = copyFixture('flat');
    const out = await scaffold(
      dir,
      ['payment.completed'],
      ['schemas/payment.completed.schema.json', 'src/event-types.ts'],
    );
    expect(out).toBe(
      'created schemas/payment.completed.schema.json\nchanged src/event-types.ts\n\nnext:\n  - describe the payload in schemas/payment.completed.schema.json: description, properties, required, examples\n',
    );
    expect(read(dir, 'src/event-types.ts')).toBe(
      [
        '// Every event type this package publishes. Keep in step with schemas/.',
        'export type EventType =',
        "  | 'order.placed'",
        "  | 'payment.completed'",
        "  | 'review.approved'",
        "  | 'seller.verified';",
        '',
        "export const EVENT_TYPES: readonly EventType[] = ['order.placed', 'payment.completed', 'review.approved', 'seller.verified'];",
        '',
      ].join('\n'),
    );
    expect(read(dir, 'schemas/payment.completed.schema.json')).toBe(`{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://schemas.shopfront.test/events/payment.completed.schema.json",
  "title": "payment.completed",
  "description": "TODO: describe when payment.completed is emitted and what it means.",
  "type": "object",
  "additionalProperties": false,
  "required": ["paymentId", "completedAt"],
  "properties": {
    "paymentId": { "type": "string", "minLength": 1 },
    "completedAt": { "type": "string", "format": "date-time" }
  },
  "examples": [{ "paymentId": "example", "completedAt": "2026-01-01T00:00:00Z" }]
}
`);
  });

  it('appends after the last literal, moving the ";" (a name that sorts last)', async () => {
    const dir = copyFixture('flat');
    await scaffold(dir, ['wishlist.shared'], ['schemas/wishlist.shared.schema.json', 'src/event-types.ts']);
    expect(read(dir, 'src/event-types.ts')).toContain("  | 'seller.verified'\n  | 'wishlist.shared';\n");
    expect(read(dir, 'src/event-types.ts')).toContain("'seller.verified', 'wishlist.shared'];");
  });

  it('refuses --next-version: the layout has no versions', async () => {
    const dir = copyFixture('flat');
    const before = snapshot(dir);
    expect(await evt(['new', 'order.placed', '--next-version', dir])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'evt: "order.placed" has no versions: this layout keeps one schema per event (schemas/order.placed.schema.json)\nhint: edit schemas/order.placed.schema.json in place; a breaking change needs a new event name\n',
    });
    expect(snapshot(dir)).toEqual(before);
  });
});

const VERSIONED_REGISTRY = (lines: string[]): string =>
  [
    '{',
    '  "$comment": "Every event_type, the contract that produces it, and its payload schema versions.",',
    '  "registry_version": "1.0.0",',
    '  "event_types": {',
    ...lines.map((l) => `    ${l}`),
    '  }',
    '}',
    '',
  ].join('\n');

describe('evt new on the versioned fixture (sguild: contracts/<contract>/schema/payloads/<event>-v<N>.json + registry)', () => {
  it('adds v1 in the sibling contract and a registry entry shaped like its neighbours, sorted', async () => {
    const dir = copyFixture('versioned');
    await scaffold(
      dir,
      ['boat.returned'],
      ['contracts/booking-lifecycle/schema/payloads/boat.returned-v1.json', 'contracts/event-types-registry.json'],
    );
    expect(read(dir, 'contracts/event-types-registry.json')).toBe(
      VERSIONED_REGISTRY([
        '"boat.booked": { "contract": "booking-lifecycle", "producer": "bookings", "versions": [1, 2], "current_version": 2 },',
        '"boat.returned": { "contract": "booking-lifecycle", "producer": "bookings", "versions": [1], "current_version": 1 },',
        '"booking.cancelled": { "contract": "booking-lifecycle", "producer": "bookings", "versions": [1], "current_version": 1 },',
        '"credit.topped_up": { "contract": "wallet-ledger", "producer": "finance", "versions": [1], "current_version": 1 }',
      ]),
    );
    expect(read(dir, 'contracts/booking-lifecycle/schema/payloads/boat.returned-v1.json')).toBe(`{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://contracts.rowing.test/booking-lifecycle/schema/payloads/boat.returned-v1.json",
  "title": "boat.returned payload v1",
  "description": "TODO: describe when boat.returned is emitted and what it means.",
  "type": "object",
  "additionalProperties": false,
  "required": ["boat_id", "returned_at"],
  "properties": {
    "boat_id": { "type": "string", "pattern": "^boat_[0-9a-f]{26}$" },
    "returned_at": { "type": "string", "format": "date-time" }
  },
  "examples": [{ "boat_id": "boat_00000000000000000000000000", "returned_at": "2026-01-01T00:00:00Z" }]
}
`);
  });

  it('puts a new family in a contract named after it, with --producer and --description', async () => {
    const dir = copyFixture('versioned');
    await scaffold(
      dir,
      ['coach.assigned', '--producer', 'coaching', '--description', 'A coach was assigned to a "session".'],
      ['contracts/coach/schema/payloads/coach.assigned-v1.json', 'contracts/event-types-registry.json'],
    );
    expect(read(dir, 'contracts/event-types-registry.json')).toContain(
      '    "booking.cancelled": { "contract": "booking-lifecycle", "producer": "bookings", "versions": [1], "current_version": 1 },\n    "coach.assigned": { "contract": "coach", "producer": "coaching", "versions": [1], "current_version": 1 },\n',
    );
    expect(read(dir, 'contracts/coach/schema/payloads/coach.assigned-v1.json')).toContain(
      '  "description": "A coach was assigned to a \\"session\\".",\n',
    );
  });

  it('--dir chooses the contract directory', async () => {
    const dir = copyFixture('versioned');
    await scaffold(
      dir,
      ['credit.refunded', '--dir', 'refunds'],
      ['contracts/event-types-registry.json', 'contracts/refunds/schema/payloads/credit.refunded-v1.json'],
    );
    expect(read(dir, 'contracts/event-types-registry.json')).toContain(
      '"credit.refunded": { "contract": "refunds", "producer": "finance", "versions": [1], "current_version": 1 },\n    "credit.topped_up"',
    );
  });

  it('--next-version copies the newest version to v3 and bumps the registry entry in place', async () => {
    const dir = copyFixture('versioned');
    const out = await scaffold(
      dir,
      ['boat.booked', '--next-version'],
      ['contracts/booking-lifecycle/schema/payloads/boat.booked-v3.json', 'contracts/event-types-registry.json'],
    );
    expect(out).toBe(
      'created contracts/booking-lifecycle/schema/payloads/boat.booked-v3.json\nchanged contracts/event-types-registry.json\n\nnext:\n' +
        '  - contracts/booking-lifecycle/schema/payloads/boat.booked-v3.json is a copy of contracts/booking-lifecycle/schema/payloads/boat.booked-v2.json with a new $id and title: make the v3 change there\n' +
        '  - update its description (it still describes v2) and its examples\n' +
        '  - run evt lint (and evt diff) to see how the change is classified\n',
    );
    expect(read(dir, 'contracts/event-types-registry.json')).toBe(
      VERSIONED_REGISTRY([
        '"boat.booked": { "contract": "booking-lifecycle", "producer": "bookings", "versions": [1, 2, 3], "current_version": 3 },',
        '"booking.cancelled": { "contract": "booking-lifecycle", "producer": "bookings", "versions": [1], "current_version": 1 },',
        '"credit.topped_up": { "contract": "wallet-ledger", "producer": "finance", "versions": [1], "current_version": 1 }',
      ]),
    );
    const v2 = read(dir, 'contracts/booking-lifecycle/schema/payloads/boat.booked-v2.json');
    expect(read(dir, 'contracts/booking-lifecycle/schema/payloads/boat.booked-v3.json')).toBe(
      v2
        .replace('boat.booked-v2.json', 'boat.booked-v3.json')
        .replace('"boat.booked payload v2"', '"boat.booked payload v3"'),
    );
  });
});

describe('evt new on the area-action-state fixture (go4u: events/<event>/v<N>.schema.json, draft-07)', () => {
  it('adds v1 with the draft, $id base, title shape and the shared task_id definition', async () => {
    const dir = copyFixture('area-action-state');
    await scaffold(dir, ['task.cancelled'], ['events/task.cancelled/v1.schema.json']);
    expect(read(dir, 'events/task.cancelled/v1.schema.json')).toBe(`{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$id": "https://catalog.errands.test/events/task.cancelled/v1.schema.json",
  "title": "task.cancelled v1",
  "description": "TODO: describe when task.cancelled is emitted and what it means.",
  "type": "object",
  "required": ["task_id", "cancelled_at"],
  "properties": {
    "task_id": { "type": "string", "pattern": "^tsk_[0-9]+$" },
    "cancelled_at": { "type": "string", "format": "date-time" }
  },
  "examples": [{ "task_id": "tsk_0", "cancelled_at": "2026-01-01T00:00:00Z" }]
}
`);
  });

  it('--next-version starts v3 of a three-segment event', async () => {
    const dir = copyFixture('area-action-state');
    await scaffold(dir, ['task.deal.confirmed', '--next-version'], ['events/task.deal.confirmed/v3.schema.json']);
    const text = read(dir, 'events/task.deal.confirmed/v3.schema.json');
    expect(text).toContain(
      '  "$id": "https://catalog.errands.test/events/task.deal.confirmed/v3.schema.json",\n  "title": "task.deal.confirmed v3",\n',
    );
  });
});

describe('evt new on the name-versioned fixture (salestalk: events/<domain>.<action>.v<N>.json)', () => {
  it('adds <name>.v1 whether or not the name is typed with its version', async () => {
    const dir = copyFixture('name-versioned');
    await scaffold(dir, ['deck.exported'], ['events/deck.exported.v1.json']);
    expect(read(dir, 'events/deck.exported.v1.json')).toContain(
      '  "$id": "https://contracts.pitchdeck.test/events/deck.exported.v1.json",\n  "title": "deck.exported.v1",\n',
    );
    expect(await evt(['new', 'deck.exported.v1', dir])).toEqual({
      code: 0,
      stdout: 'nothing to do: deck.exported.v1 is already scaffolded\n',
      stderr: '',
    });
  });

  it('--next-version writes deck.generated.v3 with the name (and so the title) bumped', async () => {
    const dir = copyFixture('name-versioned');
    await scaffold(dir, ['deck.generated', '--next-version'], ['events/deck.generated.v3.json']);
    const v2 = read(dir, 'events/deck.generated.v2.json');
    expect(read(dir, 'events/deck.generated.v3.json')).toBe(v2.replaceAll('deck.generated.v2', 'deck.generated.v3'));
  });
});

describe('evt new on the configured fixture (events/<aggregate>/<action>/<semver>.schema.yaml)', () => {
  it('writes YAML in the directory-per-segment layout', async () => {
    const dir = copyFixture('configured');
    await scaffold(dir, ['invoice.paid'], ['events/invoice/paid/1.0.0.schema.yaml']);
    expect(
      read(dir, 'events/invoice/paid/1.0.0.schema.yaml'),
    ).toBe(`$schema: https://json-schema.org/draft/2020-12/schema
$id: https://contracts.ledgerly.test/events/invoice/paid/1.0.0.schema.yaml
title: invoice.paid 1.0.0
description: "TODO: describe when invoice.paid is emitted and what it means."
type: object
required: [invoice_id, paid_at]
properties:
  invoice_id: { type: string, pattern: "^inv_[0-9]+$" }
  paid_at: { type: string, format: date-time }
examples:
  - invoice_id: inv_0
    paid_at: "2026-01-01T00:00:00Z"
`);
  });

  it.each([
    [[], '2.0.0'],
    [['--bump', 'minor'], '1.2.0'],
    [['--bump', 'patch'], '1.1.1'],
  ])('--next-version %j copies 1.1.0 to %s, changing only $id and title', async (bump, version) => {
    const dir = copyFixture('configured');
    await scaffold(
      dir,
      ['invoice.issued', '--next-version', ...bump],
      [`events/invoice/issued/${version}.schema.yaml`],
    );
    const previous = read(dir, 'events/invoice/issued/1.1.0.schema.yaml');
    expect(read(dir, `events/invoice/issued/${version}.schema.yaml`)).toBe(
      previous
        .replace('issued/1.1.0.schema.yaml', `issued/${version}.schema.yaml`)
        .replace('title: invoice.issued 1.1.0', `title: invoice.issued ${version}`),
    );
  });
});
