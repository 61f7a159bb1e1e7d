import { describe, expect, it } from 'vitest';
import type { NamingConfig, PresetName } from '../../src/model/config.js';
import { suggestEventName } from '../../src/names/suggest.js';
import { naming } from './helpers.js';

const CAMEL = { segmentCase: 'camel', pattern: '^[a-z][a-zA-Z0-9]*(\\.[a-z][a-zA-Z0-9]*)+$' } as const;

describe('suggestEventName', () => {
  it.each<[string, string | undefined, PresetName?, Partial<NamingConfig>?]>([
    ['PaymentCompleted', 'payment.completed'],
    ['payment-completed', 'payment.completed'],
    ['payment_completed', 'payment.completed'],
    ['user.login', 'user.logged_in'],
    ['order.create', 'order.created'],
    ['Payment.Completed.', 'payment.completed'],
    ['  ORDER.PLACED ', 'order.placed'],
    ['UserLoggedIn', 'user.logged_in'],
    ['customer handoff', 'customer.handed_off'],
    ['payment.completed', 'payment.completed'],
    ['order.shipped.v2', 'order.shipped'],
    ['order.ship_v2', 'order.shipped'],
    ['user.status', 'user.status'],
    ['TaskDealConfirmed', 'task.deal.confirmed', 'go4u'],
    ['deck.generate', 'deck.generated.v1', 'salestalk'],
    ['deck.generated.v3', 'deck.generated.v3', 'salestalk'],
    ['Deck.Generated.V2', 'deck.generated.v2', 'salestalk'],
    ['user.logged_in', 'user.loggedIn', 'goodgo', CAMEL],
    ['user.login', 'user.loggedIn', 'goodgo', CAMEL],
    ['user.login', 'user.login', 'goodgo', { pastTenseAllow: ['login'] }],
    // nothing evt could invent: an aggregate, fewer segments, a house pattern
    ['refund', undefined],
    ['', undefined],
    ['...', undefined],
    ['a.b.c.d.e', undefined],
    ['user.created', undefined, 'goodgo', { pattern: '^(order|payment)\\.' }],
    [`${'a'.repeat(300)}.created`, undefined],
  ])('%j -> %j', (input, expected, preset = 'goodgo', overrides = {}) => {
    expect(suggestEventName(input, naming(preset, overrides))).toBe(expected);
  });
});
