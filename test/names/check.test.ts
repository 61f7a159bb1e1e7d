import { describe, expect, it } from 'vitest';
import { checkEventName } from '../../src/names/check.js';
import { naming } from './helpers.js';

const DEFAULT = '^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+$';

describe('checkEventName', () => {
  it('accepts a good name', () => {
    expect(checkEventName('payment.completed', naming())).toEqual([]);
  });

  it('runs every single-name rule, in rule order', () => {
    expect(checkEventName('Order.Create.v2', naming())).toEqual([
      {
        ruleId: 'name-pattern',
        message: `"Order.Create.v2" does not match naming.pattern ${DEFAULT}`,
        hint: 'rename to "order.created"',
      },
      {
        ruleId: 'name-segment-case',
        message: '"Order.Create.v2": segments "Order", "Create" are not snake_case',
        hint: 'rename to "order.create.v2"',
      },
      {
        ruleId: 'name-version-segment',
        message: '"Order.Create.v2" has a version segment "v2"; versions belong in the schema file, not the name',
        hint: 'rename to "Order.Create"',
      },
      {
        ruleId: 'name-past-tense',
        message: 'verb segment "Create" of "Order.Create.v2" is not past tense',
        hint: 'rename to "Order.created"',
      },
    ]);
  });

  it('checks a SalesTalk name against its own convention', () => {
    expect(checkEventName('deck.generated.v1', naming('salestalk'))).toEqual([]);
    expect(checkEventName('deck.generate.v1', naming('salestalk'))).toEqual([
      {
        ruleId: 'name-past-tense',
        message: 'verb segment "generate" of "deck.generate.v1" is not past tense',
        hint: 'rename to "deck.generated.v1"',
      },
    ]);
  });

  it('reports an invalid pattern instead of throwing', () => {
    expect(checkEventName('payment.completed', naming('goodgo', { pattern: '*' }))).toEqual([
      {
        ruleId: 'name-pattern',
        message:
          'naming.pattern "*" is not a valid regular expression: Invalid regular expression: /*/: Nothing to repeat',
        hint: 'fix naming.pattern in evt.config.yaml (a JavaScript regular expression)',
      },
    ]);
  });

  it('stays bounded and one-line on a hostile 10,000-character name', () => {
    const name = `${'Xy_'.repeat(3334)}.\nwed`;
    const problems = checkEventName(name, naming());
    expect(problems.map((p) => p.ruleId)).toEqual(['name-pattern', 'name-segment-case', 'name-past-tense']);
    for (const p of problems) expect(`${p.message} ${p.hint ?? ''}`).not.toMatch(/\n/);
    expect(problems.every((p) => p.message.length < 300)).toBe(true);
  });
});
