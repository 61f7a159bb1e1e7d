import { describe, expect, it } from 'vitest';
import { namePattern } from '../../src/names/rules/name-pattern.js';
import { flat, runRule, type Row } from './helpers.js';

const DEFAULT = '^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+$';
const SALESTALK = '^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+\\.v[0-9]+$';
const row = (event: string, message: string, hint?: string, file = flat(event)): Row => ({
  ruleId: 'name-pattern',
  event,
  file,
  message,
  ...(hint ? { hint } : {}),
});

describe('name-pattern', () => {
  it.each<[string, string, Row[]]>([
    ['payment.completed', 'goodgo', []],
    ['user.kyc.verified', 'go4u', []],
    [
      'Payment.Completed',
      'goodgo',
      [
        row(
          'Payment.Completed',
          `"Payment.Completed" does not match naming.pattern ${DEFAULT}`,
          'rename to "payment.completed"',
        ),
      ],
    ],
    [
      'payment-completed',
      'goodgo',
      [
        row(
          'payment-completed',
          `"payment-completed" does not match naming.pattern ${DEFAULT}`,
          'rename to "payment.completed"',
        ),
      ],
    ],
    ['refund', 'goodgo', [row('refund', `"refund" does not match naming.pattern ${DEFAULT}`)]],
    ['deck.generated.v1', 'salestalk', []],
    [
      'deck.generated',
      'salestalk',
      [
        row(
          'deck.generated',
          `"deck.generated" does not match naming.pattern ${SALESTALK}`,
          'rename to "deck.generated.v1"',
          'events/deck.generated.json',
        ),
      ],
    ],
  ])('%s (%s)', (name, preset, expected) => {
    expect(runRule(namePattern, [name], preset as 'goodgo')).toEqual(expected);
  });

  it('reports names over naming.maxLength without running the pattern', () => {
    const name = `${'a'.repeat(200)}.created`;
    expect(runRule(namePattern, [name])).toEqual([
      row(name, `"${'a'.repeat(40)}…" is 208 characters long; naming.maxLength is 128`, 'shorten the name'),
    ]);
  });

  it('stays bounded (no catastrophic backtracking) on a 10,000-character name under a catastrophically backtracking pattern', () => {
    const name = `${'a'.repeat(10_000)}!`;
    const found = runRule(namePattern, [name], 'goodgo', { pattern: '^(a+)+$' });
    expect(found.map((f) => f.message)).toEqual([
      `"${'a'.repeat(40)}…" is 10001 characters long; naming.maxLength is 128`,
    ]);
  });

  it('reports an invalid pattern once, on the config, and checks no names against it', () => {
    expect(runRule(namePattern, ['payment.completed', 'Bad Name'], 'goodgo', { pattern: '([a-z' })).toEqual([
      {
        ruleId: 'name-pattern',
        file: 'evt.config.yaml',
        message:
          'naming.pattern "([a-z" is not a valid regular expression: Invalid regular expression: /([a-z/: Unterminated character class',
        hint: 'fix naming.pattern in evt.config.yaml (a JavaScript regular expression)',
      },
    ]);
  });

  it('gives no hint when no rewrite satisfies a house pattern', () => {
    const pattern = '^(order|payment)\\.[a-z_]+$';
    expect(runRule(namePattern, ['user.created'], 'goodgo', { pattern })).toEqual([
      row('user.created', `"user.created" does not match naming.pattern ${pattern}`),
    ]);
  });
});
