import { describe, expect, it } from 'vitest';
import type { PresetName } from '../../src/model/config.js';
import { nameVersionSegment } from '../../src/names/rules/name-version-segment.js';
import { runRule } from './helpers.js';

const IN_FILE = 'versions belong in the schema file, not the name';
const LAST_ONLY = 'only the last segment may be a version';

describe('name-version-segment', () => {
  it.each<[string, PresetName, string | undefined, string?]>([
    ['order.shipped', 'goodgo', undefined],
    [
      'order.shipped.v2',
      'goodgo',
      `"order.shipped.v2" has a version segment "v2"; ${IN_FILE}`,
      'rename to "order.shipped"',
    ],
    [
      'order.v2.shipped',
      'goodgo',
      `"order.v2.shipped" has a version segment "v2"; ${IN_FILE}`,
      'rename to "order.shipped"',
    ],
    [
      'order.shipped_v2',
      'goodgo',
      `"order.shipped_v2" has a version suffix "v2" in segment "shipped_v2"; ${IN_FILE}`,
      'rename to "order.shipped"',
    ],
    [
      'order.shipped-v10',
      'goodgo',
      `"order.shipped-v10" has a version suffix "v10" in segment "shipped-v10"; ${IN_FILE}`,
      'rename to "order.shipped"',
    ],
    ['engine.v8_tuned', 'goodgo', undefined],
    ['order.shipped_v', 'goodgo', undefined],
    ['deck.generated.v2', 'salestalk', undefined],
    [
      'deck.generated',
      'salestalk',
      '"deck.generated" does not end in a version segment (.v<N>)',
      'rename to "deck.generated.v1"',
    ],
    [
      'deck.generated_v2',
      'salestalk',
      '"deck.generated_v2" does not end in a version segment (.v<N>)',
      'rename to "deck.generated.v2"',
    ],
    [
      'deck.v1.generated.v2',
      'salestalk',
      `"deck.v1.generated.v2" has a version segment "v1"; ${LAST_ONLY}`,
      'rename to "deck.generated.v2"',
    ],
    [
      'deck_v1.generated.v2',
      'salestalk',
      `"deck_v1.generated.v2" has a version suffix "v1" in segment "deck_v1"; ${LAST_ONLY}`,
      'rename to "deck.generated.v2"',
    ],
  ])('%s (%s)', (name, preset, message, hint) => {
    const file = preset === 'salestalk' ? `events/${name}.json` : `schemas/${name}.schema.json`;
    const expected = message ? [{ ruleId: 'name-version-segment', event: name, file, message, hint }] : [];
    expect(runRule(nameVersionSegment, [name], preset)).toEqual(expected);
  });
});
