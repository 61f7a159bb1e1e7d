/**
 * The version-policy rules' table for the rule tester: per rule id, pairs and what their changes
 * amount to. Every case runs all version-policy rules (runPairRules) and asserts the exact list of
 * `ruleId: message` lines, so one rule firing beside another shows.
 */
import type { VersionPair } from '../../src/model/repo.js';
import type { Finding } from '../../src/model/finding.js';
import type { ChangeKind } from '../../src/model/rule.js';
import { parseVersion } from '../../src/repo/versions.js';

type Format = 'integer' | 'semver' | 'schemaver';

export interface PairCase {
  name: string;
  pair: VersionPair;
  kind: ChangeKind;
  /** The pair's diff findings, as the diff stage hands them to the version rules. */
  changes?: Finding[];
  expected: string[];
}

const removedRequired: Finding = {
  ruleId: 'property-removed',
  severity: 'error',
  pointer: '/properties/amount',
  message: 'Property `amount` (required) removed.',
  effect: 'widens',
  breaks: 'old-consumers',
  witness: { payload: {}, acceptedBy: 'new' },
};

const side = (raw: string, format: Format) => ({
  event: 'invoice.issued',
  version: parseVersion(raw, format)!,
  doc: { file: `events/invoice.issued/${raw}.json`, format: 'json' as const, text: '{}', json: {} },
});

function pair(from: string, to: string, origin: 'tree' | 'git', format: Format = 'integer'): VersionPair {
  return { event: 'invoice.issued', previous: side(from, format), current: side(to, format), origin };
}

export const VERSION_CASES: Record<string, PairCase[]> = {
  'version-bump-required': [
    {
      name: 'a breaking change in a semver minor step',
      pair: pair('1.0.0', '1.1.0', 'tree', 'semver'),
      kind: 'breaking',
      expected: [
        'version-bump-required: invoice.issued 1.0.0 -> 1.1.0 is a minor step but its changes are breaking: they need a major version',
      ],
    },
    { name: 'a breaking change in a major step', pair: pair('1', '2', 'tree'), kind: 'breaking', expected: [] },
  ],
  'version-bump-unneeded': [
    {
      name: 'only compatible changes in a new major version',
      pair: pair('1', '2', 'tree'),
      kind: 'additive',
      expected: [
        'version-bump-unneeded: invoice.issued 1 -> 2 is a new major version, but its changes are all compatible',
      ],
    },
  ],
  'published-version-modified': [
    {
      name: 'a published version changed in place against git',
      pair: pair('2', '2', 'git'),
      kind: 'breaking',
      expected: [
        'published-version-modified: events/invoice.issued/2.json was already published and changed in place with breaking changes',
      ],
    },
  ],
  'version-major-change': [
    {
      name: 'a break in an integer step: the expected major change, once per pair',
      pair: pair('1', '2', 'tree'),
      kind: 'breaking',
      changes: [removedRequired, { ...removedRequired, pointer: '/properties/currency' }],
      expected: [
        'version-major-change: invoice.issued v1 -> v2 is a new major version carrying breaking changes, as expected: property-removed at /properties/amount, property-removed at /properties/currency',
      ],
    },
    {
      name: 'a break in a semver minor step is not expected: version-bump-required says so',
      pair: pair('1.0.0', '1.1.0', 'tree', 'semver'),
      kind: 'breaking',
      changes: [removedRequired],
      expected: [
        'version-bump-required: invoice.issued 1.0.0 -> 1.1.0 is a minor step but its changes are breaking: they need a major version',
      ],
    },
    {
      name: 'a break in a SchemaVer MODEL step',
      pair: pair('1-0-1', '2-0-0', 'tree', 'schemaver'),
      kind: 'breaking',
      changes: [removedRequired],
      expected: [
        'version-major-change: invoice.issued 1-0-1 -> 2-0-0 is a new major version carrying breaking changes, as expected: property-removed at /properties/amount',
      ],
    },
  ],
};
