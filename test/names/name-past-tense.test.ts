import { describe, expect, it } from 'vitest';
import type { NamingConfig, PresetName } from '../../src/model/config.js';
import { namePastTense } from '../../src/names/rules/name-past-tense.js';
import { runRule } from './helpers.js';

const files: Partial<Record<PresetName, (e: string) => string>> = {
  go4u: (e) => `events/${e}/v1.schema.json`,
  salestalk: (e) => `events/${e}.json`,
  sguild: (e) => `contracts/c/schema/payloads/${e}-v1.json`,
};
const unsure = (verb: string): string =>
  `use a past-tense verb for what happened (created, updated, …), or add "${verb}" to naming.pastTenseAllow`;

describe('name-past-tense', () => {
  it.each<[string, PresetName, string | undefined, string?, Partial<NamingConfig>?]>([
    ['payment.completed', 'goodgo', undefined],
    ['user.login', 'goodgo', 'verb segment "login" of "user.login" is not past tense', 'rename to "user.logged_in"'],
    [
      'customer.handoff',
      'sguild',
      'verb segment "handoff" of "customer.handoff" is not past tense',
      'rename to "customer.handed_off"',
    ],
    ['customer.handed_off', 'sguild', undefined],
    [
      'wallet.escrow.hold',
      'go4u',
      'verb segment "hold" of "wallet.escrow.hold" is not past tense',
      'rename to "wallet.escrow.held"',
    ],
    [
      'system.health.ping',
      'go4u',
      'verb segment "ping" of "system.health.ping" is not past tense',
      'rename to "system.health.pinged"',
    ],
    [
      'reservation.refunding',
      'sguild',
      'verb segment "refunding" of "reservation.refunding" is not past tense',
      'rename to "reservation.refunded"',
    ],
    ['user.kyc.status', 'go4u', 'verb segment "status" of "user.kyc.status" is not past tense', unsure('status')],
    [
      'Order.Create',
      'goodgo',
      'verb segment "Create" of "Order.Create" is not past tense',
      'rename to "Order.created"',
    ],
    // SalesTalk's verb is the segment before the version
    ['deck.generated.v1', 'salestalk', undefined],
    [
      'deck.generate.v1',
      'salestalk',
      'verb segment "generate" of "deck.generate.v1" is not past tense',
      'rename to "deck.generated.v1"',
    ],
    // a forbidden version segment or suffix is skipped (name-version-segment reports it)
    ['order.shipped.v2', 'goodgo', undefined],
    [
      'order.ship.v2',
      'goodgo',
      'verb segment "ship" of "order.ship.v2" is not past tense',
      'rename to "order.shipped"',
    ],
    [
      'order.ship_v2',
      'goodgo',
      'verb segment "ship" of "order.ship_v2" is not past tense',
      'rename to "order.shipped"',
    ],
    // no verb position below the minimum segment count (name-segment-count reports it)
    ['refund', 'goodgo', undefined],
    ['user.login', 'goodgo', undefined, undefined, { pastTenseAllow: ['login'] }],
    [
      'user.logIn',
      'goodgo',
      'verb segment "logIn" of "user.logIn" is not past tense',
      'rename to "user.loggedIn"',
      { segmentCase: 'camel' },
    ],
    ['order.created.by_admin', 'goodgo', undefined, undefined, { verbSegment: 1 }],
  ])('%s (%s)', (name, preset, message, hint, overrides = {}) => {
    const file = (files[preset] ?? ((e: string) => `schemas/${e}.schema.json`))(name);
    const expected = message ? [{ ruleId: 'name-past-tense', event: name, file, message, hint }] : [];
    expect(runRule(namePastTense, [name], preset, overrides)).toEqual(expected);
  });

  it('reports a versioned name once, on its newest version', () => {
    const found = runRule(
      namePastTense,
      [
        { event: 'user.login', version: 1 },
        { event: 'user.login', version: 2 },
      ],
      'sguild',
    );
    expect(found.map((f) => f.file)).toEqual(['contracts/c/schema/payloads/user.login-v2.json']);
  });
});
