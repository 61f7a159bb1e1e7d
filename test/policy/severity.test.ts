import { describe, expect, it } from 'vitest';
import { breakDirection, explainBreak, severityOf } from '../../src/policy/severity.js';
import type { CompatibilityMode } from '../../src/model/config.js';
import type { Effect } from '../../src/model/finding.js';

const MODES: CompatibilityMode[] = ['backward', 'forward', 'full', 'none'];
const EFFECTS: Effect[] = ['narrows', 'widens', 'both', 'neutral'];

describe('severity policy', () => {
  it('maps mode x effect to error/info as COMPATIBILITY.md defines the directions', () => {
    const table = MODES.map((mode) => EFFECTS.map((effect) => severityOf({ mode, effect })));
    expect(table).toEqual([
      ['error', 'info', 'error', 'info'],
      ['info', 'error', 'error', 'info'],
      ['error', 'error', 'error', 'info'],
      ['info', 'info', 'info', 'info'],
    ]);
  });

  it('says who breaks', () => {
    expect(breakDirection('backward', 'narrows')).toBe('new-consumers');
    expect(breakDirection('forward', 'widens')).toBe('old-consumers');
    expect(breakDirection('full', 'both')).toBe('both');
    expect(breakDirection('full', 'neutral')).toBeUndefined();
    expect(breakDirection('none', 'both')).toBeUndefined();
  });

  it('downgrades additive-by-convention widening to warning in forward and full', () => {
    expect(severityOf({ mode: 'forward', effect: 'widens', additiveByConvention: true })).toBe('warning');
    expect(severityOf({ mode: 'full', effect: 'widens', additiveByConvention: true })).toBe('warning');
    expect(severityOf({ mode: 'backward', effect: 'widens', additiveByConvention: true })).toBe('info');
    expect(severityOf({ mode: 'full', effect: 'both', additiveByConvention: true })).toBe('error');
  });

  it('lets per-rule overrides win, including off', () => {
    expect(severityOf({ mode: 'backward', effect: 'narrows', override: 'off' })).toBe('off');
    expect(severityOf({ mode: 'none', effect: 'neutral', override: 'error' })).toBe('error');
    expect(severityOf({ mode: 'forward', effect: 'widens', override: 'info' })).toBe('info');
  });

  it('explains each direction in one sentence', () => {
    expect(explainBreak('old-consumers')).toMatch(/^Old consumers .* \(forward\): .*\.$/);
    expect(explainBreak('new-consumers')).toMatch(/^New consumers .* \(backward\): .*\.$/);
    expect(explainBreak('both').split('. ').length).toBe(1);
  });
});
