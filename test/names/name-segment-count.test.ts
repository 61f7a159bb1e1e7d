import { describe, expect, it } from 'vitest';
import type { PresetName } from '../../src/model/config.js';
import { nameSegmentCount } from '../../src/names/rules/name-segment-count.js';
import { runRule } from './helpers.js';

const TOO_FEW = 'name the aggregate first, then what happened to it: <aggregate>.<past-tense-verb>';
const TOO_MANY = 'fold the extra detail into the payload or a shorter segment';

describe('name-segment-count', () => {
  it.each<[string, PresetName, string | undefined, string | undefined, string?]>([
    ['payment.completed', 'goodgo', undefined, undefined],
    ['refund', 'goodgo', '"refund" has 1 segment; names need at least 2', TOO_FEW],
    ['a.b.c.d.e', 'goodgo', '"a.b.c.d.e" has 5 segments; names need at most 4', TOO_MANY],
    // a version segment the config forbids is name-version-segment's, not counted here
    ['order.shipped.v2', 'goodgo', undefined, undefined],
    ['task.deal.confirmed', 'go4u', undefined, undefined, 'events/task.deal.confirmed/v1.schema.json'],
    [
      'task.deal.step.confirmed',
      'go4u',
      '"task.deal.step.confirmed" has 4 segments; names need at most 3',
      TOO_MANY,
      'events/task.deal.step.confirmed/v1.schema.json',
    ],
    // SalesTalk counts its version segment, like its pattern and verbSegment (-2) do
    ['deck.generated.v1', 'salestalk', undefined, undefined, 'events/deck.generated.v1.json'],
    ['deck.v1', 'salestalk', '"deck.v1" has 2 segments; names need exactly 3', TOO_FEW, 'events/deck.v1.json'],
    [
      'sales.deck.generated.v1',
      'salestalk',
      '"sales.deck.generated.v1" has 4 segments; names need exactly 3',
      TOO_MANY,
      'events/sales.deck.generated.v1.json',
    ],
  ])('%s (%s)', (name, preset, message, hint, file = `schemas/${name}.schema.json`) => {
    expect(runRule(nameSegmentCount, [name], preset)).toEqual(
      message ? [{ ruleId: 'name-segment-count', event: name, file, message, hint }] : [],
    );
  });
});
