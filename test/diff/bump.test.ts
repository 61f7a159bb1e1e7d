import { describe, expect, it } from 'vitest';
import { bumpSatisfied, diffPair, diffSchemas, nextVersion, parseVersion, requiredBump } from '../../src/diff/index.js';
import type { Version } from '../../src/model/repo.js';

const v = (raw: string): Version => parseVersion(raw) as Version;
const closed = (props: Record<string, unknown>, required: string[] = []) => ({ type: 'object', additionalProperties: false, required, properties: props });

describe('requiredBump', () => {
  const added = diffSchemas(closed({ a: { type: 'string' } }), closed({ a: { type: 'string' }, b: { type: 'string' } }));
  const removedEnum = diffSchemas({ enum: ['x', 'y'] }, { enum: ['x'] });
  const docOnly = diffSchemas({ title: 'a' }, { title: 'b' });

  it('classifies by mode', () => {
    expect(requiredBump(added, 'backward')).toBe('additive');
    expect(requiredBump(added, 'forward')).toBe('breaking');
    expect(requiredBump(removedEnum, 'backward')).toBe('breaking');
    expect(requiredBump(removedEnum, 'none')).toBe('breaking');
    expect(requiredBump(docOnly, 'full')).toBe('none');
    expect(requiredBump([], 'full')).toBe('none');
  });
});

describe('versions', () => {
  it('parses integer, semver and SchemaVer', () => {
    expect(parseVersion('v3')).toEqual({ raw: 'v3', format: 'integer', parts: [3] });
    expect(parseVersion('1.2.0')).toEqual({ raw: '1.2.0', format: 'semver', parts: [1, 2, 0] });
    expect(parseVersion('1-0-2')).toEqual({ raw: '1-0-2', format: 'schemaver', parts: [1, 0, 2] });
    expect(parseVersion('next')).toBeUndefined();
  });

  it('suggests the next version per format', () => {
    expect(nextVersion(v('2'), 'breaking')).toBe('3');
    expect(nextVersion(v('1.4.2'), 'breaking')).toBe('2.0.0');
    expect(nextVersion(v('0.4.2'), 'breaking')).toBe('0.5.0');
    expect(nextVersion(v('1.4.2'), 'additive')).toBe('1.5.0');
    expect(nextVersion(v('1.4.2'), 'none')).toBe('1.4.3');
    expect(nextVersion(v('1-0-2'), 'breaking')).toBe('2-0-0');
    expect(nextVersion(v('1-0-2'), 'additive')).toBe('1-0-3');
  });

  it('checks that a version step is large enough', () => {
    expect(bumpSatisfied(v('1.4.2'), v('2.0.0'), 'breaking')).toBe(true);
    expect(bumpSatisfied(v('1.4.2'), v('1.5.0'), 'breaking')).toBe(false);
    expect(bumpSatisfied(v('1.4.2'), v('1.4.3'), 'additive')).toBe(false);
    expect(bumpSatisfied(v('1.4.2'), v('1.5.0'), 'additive')).toBe(true);
    expect(bumpSatisfied(v('1-0-2'), v('1-0-3'), 'additive')).toBe(true);
    expect(bumpSatisfied(v('1-0-2'), v('1-1-0'), 'breaking')).toBe(false);
    expect(bumpSatisfied(v('1-0-2'), v('2-0-0'), 'breaking')).toBe(true);
    expect(bumpSatisfied(v('1'), v('2'), 'breaking')).toBe(true);
    expect(bumpSatisfied(v('2'), v('1'), 'none')).toBe(false);
  });
});

describe('diffPair options', () => {
  it('applies per-rule overrides and carries versions/event/file', () => {
    const findings = diffPair({ enum: ['a'] }, { enum: ['a', 'b'] }, { mode: 'forward', rules: { 'annotation-changed': 'off' }, versions: { from: '1', to: '2' }, event: 'x.happened', file: 'x.json' });
    expect(findings.map((f) => [f.ruleId, f.severity, f.breaks, f.event, f.file, f.versions])).toEqual([
      ['enum-value-added', 'warning', 'old-consumers', 'x.happened', 'x.json', { from: '1', to: '2' }],
    ]);
    expect(findings[0].witness).toEqual({ payload: 'b', acceptedBy: 'new' });
    expect(diffPair({ enum: ['a'] }, { enum: ['a', 'b'] }, { mode: 'forward', rules: { 'enum-value-added': 'off' } })).toEqual([]);
  });
});
