import { describe, expect, it } from 'vitest';
import { nameDuplicate } from '../../src/names/rules/name-duplicate.js';
import { runRule } from './helpers.js';

const HINT = 'keep one schema file per event name and version';
const payload = (contract: string, event: string, version: number): string =>
  `contracts/${contract}/schema/payloads/${event}-v${version}.json`;

describe('name-duplicate', () => {
  it('reports a name defined by a .json and a .yaml file, on both, each pointing at the other', () => {
    const specs = [
      { event: 'order.placed', file: 'schemas/order.placed.schema.json' },
      { event: 'order.placed', file: 'schemas/order.placed.schema.yaml' },
      'order.shipped',
    ];
    expect(runRule(nameDuplicate, specs)).toEqual([
      {
        ruleId: 'name-duplicate',
        event: 'order.placed',
        file: 'schemas/order.placed.schema.json',
        message: '"order.placed" is also defined in schemas/order.placed.schema.yaml',
        hint: HINT,
      },
      {
        ruleId: 'name-duplicate',
        event: 'order.placed',
        file: 'schemas/order.placed.schema.yaml',
        message: '"order.placed" is also defined in schemas/order.placed.schema.json',
        hint: HINT,
      },
    ]);
  });

  it('reports the same name and version in two contract folders, and lists every other file', () => {
    const specs = ['a', 'b', 'c'].map((c) => ({
      event: 'credit.funded',
      version: 1,
      file: payload(c, 'credit.funded', 1),
    }));
    expect(runRule(nameDuplicate, specs, 'sguild')).toEqual([
      {
        ruleId: 'name-duplicate',
        event: 'credit.funded',
        file: payload('a', 'credit.funded', 1),
        message: `"credit.funded" version 1 is also defined in ${payload('b', 'credit.funded', 1)}, ${payload('c', 'credit.funded', 1)}`,
        hint: HINT,
      },
      {
        ruleId: 'name-duplicate',
        event: 'credit.funded',
        file: payload('b', 'credit.funded', 1),
        message: `"credit.funded" version 1 is also defined in ${payload('a', 'credit.funded', 1)}, ${payload('c', 'credit.funded', 1)}`,
        hint: HINT,
      },
      {
        ruleId: 'name-duplicate',
        event: 'credit.funded',
        file: payload('c', 'credit.funded', 1),
        message: `"credit.funded" version 1 is also defined in ${payload('a', 'credit.funded', 1)}, ${payload('b', 'credit.funded', 1)}`,
        hint: HINT,
      },
    ]);
  });

  it('accepts several versions of one name', () => {
    expect(
      runRule(
        nameDuplicate,
        [
          { event: 'credit.released', version: 1 },
          { event: 'credit.released', version: 2 },
        ],
        'sguild',
      ),
    ).toEqual([]);
  });
});
