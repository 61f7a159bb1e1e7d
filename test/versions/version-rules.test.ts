import { describe, expect, it } from 'vitest';
import type { ChangeKind, PairRule } from '../../src/model/rule.js';
import { runRules } from '../../src/rules/run.js';
import { publishedVersionModified } from '../../src/versions/rules/published-version-modified.js';
import { versionBumpRequired } from '../../src/versions/rules/version-bump-required.js';
import { versionBumpUnneeded } from '../../src/versions/rules/version-bump-unneeded.js';
import { versionMajorChange } from '../../src/versions/rules/version-major-change.js';
import type { Finding } from '../../src/model/finding.js';
import { bumpLevel } from '../../src/versions/bump.js';
import type { VersionPair } from '../../src/model/repo.js';
import { parseVersion } from '../../src/repo/versions.js';

const side = (raw: string, format: 'integer' | 'semver' | 'schemaver' = 'integer') => ({
  event: 'invoice.issued',
  version: parseVersion(raw, format)!,
  doc: { file: `events/invoice.issued/${raw}.json`, format: 'json' as const, text: '{}', json: {} },
});
const pair = (
  from: string,
  to: string,
  origin: 'tree' | 'git' = 'tree',
  format: 'integer' | 'semver' | 'schemaver' = 'integer',
): VersionPair => ({ event: 'invoice.issued', previous: side(from, format), current: side(to, format), origin });
const messages = (rule: PairRule, p: VersionPair, kind: ChangeKind) =>
  runRules([rule], { pair: p, kind }).map((f) => `${f.ruleId}: ${f.message}`);

describe('bump levels', () => {
  it.each([
    ['1', '2', 'integer', 'major'],
    ['1.0.0', '1.1.0', 'semver', 'minor'],
    ['1.1.0', '1.1.1', 'semver', 'patch'],
    ['1.4.2', '2.0.0', 'semver', 'major'],
    ['1-0-0', '1-0-1', 'schemaver', 'patch'],
    ['1-0-1', '2-0-0', 'schemaver', 'major'],
    ['1.0.0', '1.0.0', 'semver', 'none'],
  ] as const)('%s -> %s (%s) is %s', (from, to, format, level) => {
    expect(bumpLevel(parseVersion(from, format)!, parseVersion(to, format)!)).toBe(level);
  });
});

describe('version-bump-required', () => {
  it('a breaking change in a semver minor step', () => {
    expect(messages(versionBumpRequired, pair('1.0.0', '1.1.0', 'tree', 'semver'), 'breaking')).toEqual([
      'version-bump-required: invoice.issued 1.0.0 -> 1.1.0 is a minor step but its changes are breaking: they need a major version',
    ]);
  });
  it('an additive change in a SchemaVer ADDITION step is fine; a breaking one needs MODEL', () => {
    expect(messages(versionBumpRequired, pair('1-0-0', '1-0-1', 'tree', 'schemaver'), 'additive')).toEqual([]);
    expect(messages(versionBumpRequired, pair('1-0-0', '1-0-1', 'tree', 'schemaver'), 'breaking')).toEqual([
      'version-bump-required: invoice.issued 1-0-0 -> 1-0-1 is an ADDITION step but its changes are breaking: they need a MODEL version',
    ]);
  });
  it('an additive change in a semver patch step', () => {
    expect(messages(versionBumpRequired, pair('1.0.0', '1.0.1', 'tree', 'semver'), 'additive')).toEqual([
      'version-bump-required: invoice.issued 1.0.0 -> 1.0.1 is a patch step but its changes are additive: they need a minor version',
    ]);
  });
  it('integer versions are always major steps', () => {
    expect(messages(versionBumpRequired, pair('1', '2'), 'breaking')).toEqual([]);
  });
});

describe('version-bump-unneeded', () => {
  it.each([
    [
      'additive',
      ['version-bump-unneeded: invoice.issued 1 -> 2 is a new major version, but its changes are all compatible'],
    ],
    [
      'none',
      ['version-bump-unneeded: invoice.issued 1 -> 2 is a new major version, but its changes are annotations only'],
    ],
    ['breaking', []],
  ] as const)('%s changes in v1 -> v2', (kind, expected) => {
    expect(messages(versionBumpUnneeded, pair('1', '2'), kind)).toEqual(expected);
  });
  it('the hint fits the version format: no "minor" with integer versions', () => {
    const hint = (p: VersionPair) => runRules([versionBumpUnneeded], { pair: p, kind: 'additive' })[0]?.hint;
    expect(hint(pair('1', '2'))).toBe('ship compatible changes in the current version');
    expect(hint(pair('1.4.0', '2.0.0', 'tree', 'semver'))).toBe(
      'ship compatible changes in the current version, or as a minor version',
    );
    expect(hint(pair('1-0-0', '2-0-0', 'tree', 'schemaver'))).toBe(
      'ship compatible changes in the current version, or as an ADDITION',
    );
  });
  it('a minor step is never reported', () => {
    expect(messages(versionBumpUnneeded, pair('1.0.0', '1.1.0', 'tree', 'semver'), 'additive')).toEqual([]);
  });
});

describe('published-version-modified', () => {
  it('the same version file changed in place against git, with breaking changes', () => {
    expect(messages(publishedVersionModified, pair('2', '2', 'git'), 'breaking')).toEqual([
      'published-version-modified: events/invoice.issued/2.json was already published and changed in place with breaking changes',
    ]);
  });
  it('compatible and annotation-only edits in place, and tree pairs, are not reported', () => {
    expect(messages(publishedVersionModified, pair('2', '2', 'git'), 'additive')).toEqual([]);
    expect(messages(publishedVersionModified, pair('2', '2', 'git'), 'none')).toEqual([]);
    expect(messages(publishedVersionModified, pair('1', '2', 'tree'), 'breaking')).toEqual([]);
  });
});

describe('version-major-change', () => {
  const change: Finding = {
    ruleId: 'property-removed',
    severity: 'error',
    pointer: '/properties/amount',
    message: 'Property `amount` removed.',
    effect: 'narrows',
    breaks: 'new-consumers',
    witness: { payload: { amount: 1 }, acceptedBy: 'old' },
  };
  it('info by default, warning where configured; with the witness, who breaks and the migration order', () => {
    const input = { pair: pair('1', '2'), kind: 'breaking' as const, changes: [change] };
    expect(runRules([versionMajorChange], input).map((f) => f.severity)).toEqual(['info']);
    expect(runRules([versionMajorChange], input, { 'version-major-change': 'warning' })).toEqual([
      {
        ruleId: 'version-major-change',
        severity: 'warning',
        event: 'invoice.issued',
        file: 'events/invoice.issued/2.json',
        pointer: '',
        message:
          'invoice.issued v1 -> v2 is a new major version carrying breaking changes, as expected: property-removed at /properties/amount',
        hint: 'keep v1 published while consumers move to v2; producers may switch to v2 first, and consumers keep reading v1 until no v1 events are left (replays, queues)',
        breaks: 'new-consumers',
        witness: { payload: { amount: 1 }, acceptedBy: 'old' },
      },
    ]);
  });
  it('nothing for a compatible major step, or a break in a step that may not break', () => {
    expect(runRules([versionMajorChange], { pair: pair('1', '2'), kind: 'additive', changes: [] })).toEqual([]);
    expect(
      runRules([versionMajorChange], { pair: pair('2', '2', 'git'), kind: 'breaking', changes: [change] }),
    ).toEqual([]);
  });
});
