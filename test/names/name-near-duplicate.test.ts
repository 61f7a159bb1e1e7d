import { describe, expect, it } from 'vitest';
import type { PresetName } from '../../src/model/config.js';
import { nameNearDuplicate } from '../../src/names/rules/name-near-duplicate.js';
import { nearDuplicateKind } from '../../src/names/similar.js';
import { flat, runRule } from './helpers.js';

const finding = (self: string, other: string, kind: string) => ({
  ruleId: 'name-near-duplicate',
  event: self,
  file: flat(self),
  message: `"${self}" differs from "${other}" only by ${kind}`,
  hint: `if both are one event, keep one name (see ${flat(other)}); if not, make the difference clearer`,
});

describe('name-near-duplicate', () => {
  it('reports both names of a pair, each pointing at the other, its own spelling first', () => {
    expect(runRule(nameNearDuplicate, ['payment.completed', 'payments.completed', 'order.placed'])).toEqual([
      finding('payment.completed', 'payments.completed', 'a plural ("payment" / "payments")'),
      finding('payments.completed', 'payment.completed', 'a plural ("payments" / "payment")'),
    ]);
  });

  it('reports a name once per near twin', () => {
    const found = runRule(nameNearDuplicate, ['payment.completed', 'payments.completed', 'payment.complete']);
    expect(found.map((f) => `${f.event} ~ ${f.message.split(' only by ')[1]}`)).toEqual([
      'payment.complete ~ tense ("complete" / "completed")',
      'payment.completed ~ tense ("completed" / "complete")',
      'payment.completed ~ a plural ("payment" / "payments")',
      'payments.completed ~ a plural ("payments" / "payment")',
    ]);
  });

  it.each<[string, string, string | undefined, PresetName?]>([
    ['payment.completed', 'payments.completed', 'a plural ("payment" / "payments")'],
    ['address.verified', 'addresses.verified', 'a plural ("address" / "addresses")'],
    ['category.created', 'categories.created', 'a plural ("category" / "categories")'],
    ['task.deal.confirmed', 'task.deals.confirmed', 'a plural ("deal" / "deals")'],
    ['payment.complete', 'payment.completed', 'tense ("complete" / "completed")'],
    ['user.login', 'user.logged_in', 'tense ("login" / "logged_in")'],
    ['order.ship', 'order.shipped', 'tense ("ship" / "shipped")'],
    ['Payment.Completed', 'payment.completed', 'case or separators'],
    ['payment_completed', 'payment.completed', 'case or separators'],
    ['paymentCompleted', 'payment.completed', 'case or separators'],
    ['payment.complated', 'payment.completed', 'one letter ("complated" / "completed")'],
    ['payment.completed', 'payment.completed', undefined],
    ['card.added', 'cart.added', undefined],
    ['account.deactivated', 'account.reactivated', undefined],
    ['phase1.completed', 'phase2.completed', undefined],
    ['order.placed', 'order.shipped', undefined],
    ['order.shipped', 'order.shipped.v2', undefined],
    ['order.shipped', 'order.shipped_v2', undefined],
    ['payments.complete', 'payment.completed', undefined],
    ['deck.generated.v1', 'deck.generated.v2', undefined, 'salestalk'],
    ['deck.generated.v1', 'decks.generated.v1', 'a plural ("deck" / "decks")', 'salestalk'],
  ])('%s ~ %s', (a, b, kind) => {
    expect(nearDuplicateKind(a, b)).toBe(kind);
    expect(nearDuplicateKind(b, a)).toBe(kind?.replace(/\("(.*)" \/ "(.*)"\)/, '("$2" / "$1")'));
  });

  it('finds no pair among thousands of distinct names (speed is measured by npm run bench)', () => {
    const names = Array.from({ length: 5000 }, (_, i) => `domain${i % 50}.event${i}_happened`);
    expect(runRule(nameNearDuplicate, names)).toEqual([]);
  });
});
