import { describe, expect, it } from 'vitest';
import type { SegmentCase } from '../../src/model/config.js';
import { nameSegmentCase } from '../../src/names/rules/name-segment-case.js';
import { flat, runRule } from './helpers.js';

describe('name-segment-case', () => {
  it.each<[string, SegmentCase, string | undefined, string?]>([
    ['order.item_added', 'snake', undefined],
    [
      'Invoice.Paid',
      'snake',
      '"Invoice.Paid": segments "Invoice", "Paid" are not snake_case',
      'rename to "invoice.paid"',
    ],
    [
      'order.itemAdded',
      'snake',
      '"order.itemAdded": segment "itemAdded" is not snake_case',
      'rename to "order.item_added"',
    ],
    [
      'order.item-added',
      'snake',
      '"order.item-added": segment "item-added" is not snake_case',
      'rename to "order.item_added"',
    ],
    [
      'order.item__added',
      'snake',
      '"order.item__added": segment "item__added" is not snake_case',
      'rename to "order.item_added"',
    ],
    ['order.__', 'snake', '"order.__": segment "__" is not snake_case', 'write every segment in snake_case'],
    [
      'A.B.C.D.E',
      'snake',
      '"A.B.C.D.E": segments "A", "B", "C", … (5 in all) are not snake_case',
      'rename to "a.b.c.d.e"',
    ],
    ['payment..done', 'snake', '"payment..done" has an empty segment', 'rename to "payment.done"'],
    [
      'order.item_added',
      'camel',
      '"order.item_added": segment "item_added" is not camelCase',
      'rename to "order.itemAdded"',
    ],
    ['order.itemAdded', 'camel', undefined],
    [
      'order.item_added',
      'kebab',
      '"order.item_added": segment "item_added" is not kebab-case',
      'rename to "order.item-added"',
    ],
    ['user.logged_in', 'lower', '"user.logged_in": segment "logged_in" is not lowercase', 'rename to "user.loggedin"'],
    ['Order.Item-Added', 'any', undefined],
  ])('%s (%s)', (name, segmentCase, message, hint) => {
    const expected = message ? [{ ruleId: 'name-segment-case', event: name, file: flat(name), message, hint }] : [];
    expect(runRule(nameSegmentCase, [name], 'goodgo', { segmentCase })).toEqual(expected);
  });
});
