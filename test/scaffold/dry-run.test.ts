/**
 * --dry-run prints the plan (files, then a unified diff of each) and leaves the repo
 * byte-identical, lock file included; a second identical run converges ("nothing to do").
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evt } from '../helpers/cli.js';
import { copyFixture, snapshot } from '../helpers/repo-copy.js';

describe('evt new --dry-run', () => {
  it('prints the plan for a new event and writes nothing', async () => {
    const dir = copyFixture('flat');
    const before = snapshot(dir);
    const result = await evt(['new', 'payment.completed', '--dry-run', '--description', 'A payment succeeded.', dir]);
    expect(result).toEqual({
      code: 0,
      stderr: '',
      stdout: `dry run: evt new would add payment.completed (nothing written)
create schemas/payment.completed.schema.json
change src/event-types.ts

--- /dev/null
+++ b/schemas/payment.completed.schema.json
@@ -0,0 +1,14 @@
+{
+  "$schema": "https://json-schema.org/draft/2020-12/schema",
+  "$id": "https://schemas.shopfront.test/events/payment.completed.schema.json",
+  "title": "payment.completed",
+  "description": "A payment succeeded.",
+  "type": "object",
+  "additionalProperties": false,
+  "required": ["paymentId", "completedAt"],
+  "properties": {
+    "paymentId": { "type": "string", "minLength": 1 },
+    "completedAt": { "type": "string", "format": "date-time" }
+  },
+  "examples": [{ "paymentId": "example", "completedAt": "2026-01-01T00:00:00Z" }]
+}

--- a/src/event-types.ts
+++ b/src/event-types.ts
@@ -1,7 +1,8 @@
 // Every event type this package publishes. Keep in step with schemas/.
 export type EventType =
   | 'order.placed'
+  | 'payment.completed'
   | 'review.approved'
   | 'seller.verified';
 
-export const EVENT_TYPES: readonly EventType[] = ['order.placed', 'review.approved', 'seller.verified'];
+export const EVENT_TYPES: readonly EventType[] = ['order.placed', 'payment.completed', 'review.approved', 'seller.verified'];

next:
  - describe the payload in schemas/payment.completed.schema.json: description, properties, required, examples
`,
    });
    expect(snapshot(dir)).toEqual(before);
  });

  it('prints the plan for a next version (registry diff) and writes nothing', async () => {
    const dir = copyFixture('versioned');
    const before = snapshot(dir);
    const result = await evt(['new', 'credit.topped_up', '--next-version', '--dry-run', dir]);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n\n')[0]).toBe(
      'dry run: evt new would start credit.topped_up v2 (nothing written)\ncreate contracts/wallet-ledger/schema/payloads/credit.topped_up-v2.json\nchange contracts/event-types-registry.json',
    );
    expect(result.stdout).toContain(`--- a/contracts/event-types-registry.json
+++ b/contracts/event-types-registry.json
@@ -4,6 +4,6 @@
   "event_types": {
     "boat.booked": { "contract": "booking-lifecycle", "producer": "bookings", "versions": [1, 2], "current_version": 2 },
     "booking.cancelled": { "contract": "booking-lifecycle", "producer": "bookings", "versions": [1], "current_version": 1 },
-    "credit.topped_up": { "contract": "wallet-ledger", "producer": "finance", "versions": [1], "current_version": 1 }
+    "credit.topped_up": { "contract": "wallet-ledger", "producer": "finance", "versions": [1, 2], "current_version": 2 }
   }
 }
`);
    expect(snapshot(dir)).toEqual(before);
  });
});

describe('idempotency: the same command twice converges', () => {
  it.each([
    ['flat', 'payment.completed'],
    ['versioned', 'boat.returned'],
    ['area-action-state', 'task.cancelled'],
    ['name-versioned', 'deck.exported'],
    ['configured', 'invoice.paid'],
  ])('%s: the second evt new %s changes nothing and says so (exit 0)', async (fixture, name) => {
    const dir = copyFixture(fixture);
    expect((await evt(['new', name, dir])).code).toBe(0);
    const before = snapshot(dir);
    const published = fixture === 'name-versioned' ? `${name}.v1` : name;
    expect(await evt(['new', name, dir])).toEqual({
      code: 0,
      stdout: `nothing to do: ${published} is already scaffolded\n`,
      stderr: '',
    });
    expect(await evt(['new', name, '--dry-run', dir])).toEqual({
      code: 0,
      stdout: `nothing to do: ${published} is already scaffolded\n`,
      stderr: '',
    });
    expect(snapshot(dir)).toEqual(before);
  });

  it('a second run after the scaffold was edited is refused, not overwritten', async () => {
    const dir = copyFixture('flat');
    expect((await evt(['new', 'payment.completed', dir])).code).toBe(0);
    expect(await evt(['new', 'payment.completed', '--description', 'different', dir])).toMatchObject({
      code: 2,
      stderr:
        'evt: event "payment.completed" already exists (schemas/payment.completed.schema.json)\nhint: this layout keeps one schema per event: edit schemas/payment.completed.schema.json, or pass --force to overwrite it with a fresh scaffold\n',
    });
  });

  it('fills in what is missing: a schema whose union literal was removed gets it back', async () => {
    const dir = copyFixture('flat');
    expect((await evt(['new', 'payment.completed', dir])).code).toBe(0);
    const union = snapshot(dir).get('src/event-types.ts');
    const file = `${dir}/src/event-types.ts`;
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace("  | 'payment.completed'\n", ''));
    expect(await evt(['new', 'payment.completed', dir])).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/^changed src\/event-types.ts\n/),
    });
    expect(snapshot(dir).get('src/event-types.ts')).toBe(union);
  });
});
