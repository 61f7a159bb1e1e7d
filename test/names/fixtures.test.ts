import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintRulesOf } from '../../src/rules/index.js';
import { runLintRules } from '../../src/rules/run.js';
import { loadContractRepo } from '../../src/repo/load.js';
import { repoOf } from './helpers.js';

const NAME_RULES = lintRulesOf('names');
const fixture = (name: string): string => path.resolve(import.meta.dirname, '../../fixtures/repos', name);

describe('name rules over the fixture repos', () => {
  it.each([
    ['flat', 'goodgo'],
    ['versioned', 'sguild'],
    ['area-action-state', 'go4u'],
    ['name-versioned', 'salestalk'],
  ])('%s (%s preset) has no name findings', async (name, preset) => {
    const repo = await loadContractRepo(fixture(name));
    expect(repo.layout).toBe(preset);
    expect(runLintRules(repo, NAME_RULES)).toEqual([]);
  });

  it('broken-names reports exactly the planted problems', async () => {
    const repo = await loadContractRepo(fixture('broken-names'));
    expect(repo.layout).toBe('goodgo');
    const found = runLintRules(repo, NAME_RULES)
      .map((f) => [f.ruleId, f.event, f.file, f.severity].join(' '))
      .sort();
    expect(found).toEqual(BROKEN_NAMES_EXPECTED);
  });
});

// one line per finding: rule id, event, file, severity (see fixtures/repos/broken-names/README.md)
const BROKEN_NAMES_EXPECTED = [
  'name-duplicate order.placed schemas/order.placed.schema.json error',
  'name-duplicate order.placed schemas/order.placed.schema.yaml error',
  'name-near-duplicate payment.completed schemas/payment.completed.schema.json warning',
  'name-near-duplicate payments.completed schemas/payments.completed.schema.json warning',
  'name-past-tense customer.handoff schemas/customer.handoff.schema.json warning',
  'name-past-tense user.login schemas/user.login.schema.json warning',
  'name-pattern Invoice.Paid schemas/Invoice.Paid.schema.json error',
  'name-pattern refund schemas/refund.schema.json error',
  'name-segment-case Invoice.Paid schemas/Invoice.Paid.schema.json error',
  'name-segment-count refund schemas/refund.schema.json error',
  'name-version-segment order.shipped.v2 schemas/order.shipped.v2.schema.json error',
];

describe('the sguild seed names (@sguild/dispatcher 2.0.0)', () => {
  const repo = repoOf(
    [
      ...['credit.funded', 'credit.locked', 'credit.purchased', 'credit.reserved', 'customer.handoff'].map((event) => ({
        event,
        version: 1,
      })),
      { event: 'credit.released', version: 1 },
      { event: 'credit.released', version: 2 },
    ],
    'sguild',
  );

  it('warns only about customer.handoff, suggesting customer.handed_off', () => {
    expect(runLintRules(repo, NAME_RULES)).toEqual([
      {
        ruleId: 'name-past-tense',
        severity: 'warning',
        event: 'customer.handoff',
        file: 'contracts/c/schema/payloads/customer.handoff-v1.json',
        pointer: '',
        message: 'verb segment "handoff" of "customer.handoff" is not past tense',
        hint: 'rename to "customer.handed_off"',
      },
    ]);
  });
});
