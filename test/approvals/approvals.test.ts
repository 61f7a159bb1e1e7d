import { describe, expect, it } from 'vitest';
import { applyApprovals, applyApprovalsToReport, unusedApprovals } from '../../src/approvals/apply.js';
import { parseApprovals, type Approval } from '../../src/approvals/file.js';
import { fingerprint } from '../../src/approvals/fingerprint.js';
import { resolveToday } from '../../src/approvals/today.js';
import { addApprovals } from '../../src/approvals/write.js';
import type { Finding } from '../../src/model/finding.js';
import { createReport, reportFails } from '../../src/model/report.js';

const removed: Finding = {
  ruleId: 'property-removed',
  severity: 'error',
  event: 'order.placed',
  file: 'schemas/order.placed/v2.schema.json',
  pointer: '/properties/legacyId',
  line: 12,
  column: 5,
  message: 'property "legacyId" was removed',
  versions: { from: 'v1', to: 'v2' },
  effect: 'narrows',
  breaks: 'old-consumers',
};
const orphan: Finding = {
  ruleId: 'union-orphan-literal',
  severity: 'error',
  event: 'kyc.verified',
  file: 'src/event-types.ts',
  pointer: '',
  message: 'union literal "kyc.verified" has no schema file',
};
const noEvents: Finding = {
  ruleId: 'repo-no-events',
  severity: 'warning',
  pointer: '',
  message: 'no event schemas found',
};

const approval = (over: Partial<Approval> = {}): Approval => ({
  fingerprint: fingerprint(removed),
  reason: 'never populated',
  approvedBy: 'alice',
  expires: '2026-03-31',
  ...over,
});

describe('fingerprint', () => {
  it('is 16 hex digits of sha256 over rule, event, versions and pointer', () => {
    expect(fingerprint(removed)).toBe('4bd3c609e19a8ce9');
    expect(fingerprint(orphan)).toMatch(/^[0-9a-f]{16}$/);
  });

  it('ignores file, position, message and severity (a file move or a reworded message keeps the approval)', () => {
    expect(
      fingerprint({
        ...removed,
        file: 'events/order.placed/v2.json',
        line: 1,
        column: 1,
        message: 'other',
        severity: 'warning',
      } as Finding),
    ).toBe(fingerprint(removed));
  });

  it('changes with any of rule, event, versions and pointer', () => {
    const variants = [
      { ...removed, ruleId: 'property-added' },
      { ...removed, event: 'order.shipped' },
      { ...removed, versions: { from: 'v2', to: 'v3' } },
      { ...removed, versions: { from: 'v0', to: 'v2' } },
      { ...removed, pointer: '/properties/other' },
      { ...removed, versions: undefined },
    ];
    expect(new Set([removed, ...variants].map((f) => fingerprint(f))).size).toBe(variants.length + 1);
  });

  it('keys findings without an event by their file', () => {
    expect(fingerprint({ ...noEvents, file: 'a.json' })).not.toBe(fingerprint({ ...noEvents, file: 'b.json' }));
  });
});

describe('applyApprovals', () => {
  it('marks a finding with an unexpired approval as approved, through the expiry date inclusive', () => {
    const [onLastDay] = applyApprovals([removed], [approval()], '2026-03-31');
    expect(onLastDay).toEqual({
      ...removed,
      approved: { reason: 'never populated', by: 'alice', expires: '2026-03-31' },
    });
    expect(removed.approved).toBeUndefined();
  });

  it('does not apply an expired approval: the finding fails again and says since when', () => {
    const report = applyApprovalsToReport(createReport('diff', '/r', [removed, orphan]), [approval()], '2026-04-01');
    expect(report.findings[0]).toEqual({
      ...removed,
      message: 'property "legacyId" was removed (approval expired on 2026-03-31)',
    });
    expect(report.summary).toEqual({ error: 2, warning: 0, info: 0, approved: 0 });
    expect(reportFails(report, 'error')).toBe(true);
  });

  it('an approved finding no longer fails the run and is counted as approved', () => {
    const report = applyApprovalsToReport(
      createReport('diff', '/r', [removed, orphan]),
      [approval(), approval({ fingerprint: fingerprint(orphan) })],
      '2026-01-01',
    );
    expect(report.summary).toEqual({ error: 0, warning: 0, info: 0, approved: 2 });
    expect(reportFails(report, 'info')).toBe(false);
  });

  it('lists approvals that match no finding', () => {
    const stale = approval({ fingerprint: '0123456789abcdef' });
    expect(unusedApprovals([removed], [approval(), stale])).toEqual([stale]);
  });
});

describe('parseApprovals', () => {
  const entry = (extra = '') =>
    `approvals:\n  - fingerprint: 4bd3c609e19a8ce9\n    reason: never populated\n    approvedBy: alice\n    expires: 2026-03-31\n${extra}`;

  it('reads entries, readable fields included; an empty or comment-only file is no approvals', () => {
    expect(parseApprovals(entry('    versions: v1 -> v2\n    pointer: ""\n'), 'evt.approvals.yaml')).toEqual([
      {
        fingerprint: '4bd3c609e19a8ce9',
        reason: 'never populated',
        approvedBy: 'alice',
        expires: '2026-03-31',
        versions: 'v1 -> v2',
        pointer: '',
      },
    ]);
    expect(parseApprovals('', 'f')).toEqual([]);
    expect(parseApprovals('# nothing yet\n', 'f')).toEqual([]);
    expect(parseApprovals('approvals:\n', 'f')).toEqual([]);
  });

  const error = (text: string): string => {
    try {
      parseApprovals(text, 'evt.approvals.yaml');
    } catch (e) {
      return `${(e as Error).message} | ${(e as { hint?: string }).hint ?? ''}`;
    }
    return 'no error';
  };

  it('an unknown key: file:line:column, the key, and the likely one', () => {
    expect(error(entry('    reasn: typo\n'))).toBe(
      'evt.approvals.yaml:6:5: unknown key "approvals[0].reasn"; did you mean "reason"? | keys of an approval: fingerprint, rule, event, file, versions, pointer, message, reason, approvedBy, expires',
    );
    expect(error(`version: 1\n${entry()}`)).toBe(
      'evt.approvals.yaml:1:1: unknown key "version" | the file has one key, "approvals", a list of entries',
    );
  });

  it('a bad date, a bad fingerprint, a missing field, a duplicate, a non-string', () => {
    expect(error(entry().replace('2026-03-31', '2026-02-30'))).toBe(
      'evt.approvals.yaml:5:14: "approvals[0].expires" must be a date written YYYY-MM-DD, got "2026-02-30" | ',
    );
    expect(error(entry().replace('2026-03-31', '31/03/2026'))).toBe(
      'evt.approvals.yaml:5:14: "approvals[0].expires" must be a date written YYYY-MM-DD, got "31/03/2026" | ',
    );
    expect(error(entry().replace('expires: 2026-03-31', 'expires: 20260331'))).toBe(
      'evt.approvals.yaml:5:14: "approvals[0].expires" must be a string | ',
    );
    expect(error(entry().replace('4bd3c609e19a8ce9', 'abc'))).toBe(
      'evt.approvals.yaml:2:18: "approvals[0].fingerprint" must be 16 hex digits, got "abc" | ',
    );
    expect(error(entry().replace('    approvedBy: alice\n', ''))).toBe(
      'evt.approvals.yaml:2:5: approvals[0] is missing "approvedBy" | evt approve writes complete entries',
    );
    expect(error(`${entry()}${entry().replace('approvals:\n', '')}`)).toBe(
      'evt.approvals.yaml:6:5: duplicate fingerprint 4bd3c609e19a8ce9 in approvals[1] | keep one entry per fingerprint',
    );
    expect(error('approvals:\n  - fingerprint: [1]\n')).toBe(
      'evt.approvals.yaml:2:18: "approvals[0].fingerprint" must be a string | ',
    );
    expect(error('approvals: {}\n')).toBe('evt.approvals.yaml:1:12: "approvals" must be a list | ');
    expect(error('approvals: []\napprovals: []\n')).toBe(
      'evt.approvals.yaml:2:1: invalid YAML: Map keys must be unique | ',
    );
  });
});

describe('addApprovals', () => {
  const options = { reason: 'agreed with consumers', by: 'bob', expires: '2026-06-30', today: '2026-01-01' };
  const existing = `# owned by the platform team
approvals:
  # the legacy id never shipped
  - fingerprint: 4bd3c609e19a8ce9
    rule: property-removed
    reason: never populated
    approvedBy: alice
    expires: 2026-03-31
`;

  it('appends new entries after the existing ones, comments and order kept', () => {
    const result = addApprovals(existing, [removed, orphan, noEvents], options);
    expect(result).toEqual({
      added: 2,
      renewed: 0,
      text: `${existing}  - fingerprint: ${fingerprint(orphan)}
    rule: union-orphan-literal
    event: kyc.verified
    pointer: ""
    message: union literal "kyc.verified" has no schema file
    reason: agreed with consumers
    approvedBy: bob
    expires: 2026-06-30
  - fingerprint: ${fingerprint(noEvents)}
    rule: repo-no-events
    pointer: ""
    message: no event schemas found
    reason: agreed with consumers
    approvedBy: bob
    expires: 2026-06-30
`,
    });
  });

  it('is idempotent: a second run with the same findings changes nothing', () => {
    const once = addApprovals(existing, [removed, orphan], options).text;
    expect(addApprovals(once, [removed, orphan], options)).toEqual({ text: once, added: 0, renewed: 0 });
  });

  it('renews an expired entry in place', () => {
    const result = addApprovals(existing, [removed], { ...options, today: '2026-04-01' });
    expect(result.renewed).toBe(1);
    expect(result.text).toBe(
      existing
        .replace('never populated', 'agreed with consumers')
        .replace('alice', 'bob')
        .replace('2026-03-31', '2026-06-30'),
    );
  });

  it('starts a new file with a header and the readable fields, versions included', () => {
    const { text } = addApprovals(undefined, [removed], options);
    expect(text.split('\n').slice(4).join('\n')).toBe(`approvals:
  - fingerprint: 4bd3c609e19a8ce9
    rule: property-removed
    event: order.placed
    versions: v1 -> v2
    pointer: /properties/legacyId
    message: property "legacyId" was removed
    reason: agreed with consumers
    approvedBy: bob
    expires: 2026-06-30
`);
    expect(parseApprovals(text, 'f')).toHaveLength(1);
  });

  it('never overwrites a broken file', () => {
    expect(() => addApprovals('approvals:\n  - nope: 1\n', [removed], options)).toThrow(
      'evt.approvals.yaml:2:5: unknown key "approvals[0].nope"',
    );
  });
});

describe('resolveToday', () => {
  it('EVT_TODAY wins; otherwise the UTC date; a bad EVT_TODAY is a user error', () => {
    expect(resolveToday({ EVT_TODAY: '2031-01-02' })).toBe('2031-01-02');
    expect(resolveToday({}, new Date('2026-05-06T23:59:59Z'))).toBe('2026-05-06');
    expect(() => resolveToday({ EVT_TODAY: 'tomorrow' })).toThrow(
      'EVT_TODAY must be a date written YYYY-MM-DD, got "tomorrow"',
    );
  });
});
