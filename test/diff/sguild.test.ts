import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffDocuments } from '../../src/diff/index.js';
import type { CompatibilityMode } from '../../src/model/config.js';
import { SKIP_SHARED_TESTS } from '../helpers/paths.js';
import { expectVerifiedWitnesses, readJson, repoRoot, sharedDir } from './helpers.js';

const EXPECTED: Record<CompatibilityMode, { severity: string; breaks?: string }> = {
  backward: { severity: 'error', breaks: 'new-consumers' },
  forward: { severity: 'error', breaks: 'old-consumers' },
  full: { severity: 'error', breaks: 'both' },
  none: { severity: 'info' },
};

function checkCreditReleased(v1: unknown, v2: unknown, member: string): void {
  for (const mode of Object.keys(EXPECTED) as CompatibilityMode[]) {
    const findings = diffDocuments(v1, v2, { mode, policy: 'strict', versions: { from: 'v1', to: 'v2' } });
    const summary = findings.map((f) => [f.ruleId, f.pointer, f.severity, f.breaks ?? null]);
    expect(summary, mode).toEqual([
      ['property-added-required', `/properties/${member}`, EXPECTED[mode].severity, EXPECTED[mode].breaks ?? null],
      ['annotation-changed', '', 'info', null],
    ]);
    const added = findings[0]!; // the summary above asserts two findings
    expect(added.effect).toBe('both');
    expect(added.versions).toEqual({ from: 'v1', to: 'v2' });
    // Why v1 consumers reject v2 events: the closed object refuses the unknown member.
    expect(added.message).toContain('additionalProperties: false');
    expect(added.message).toContain('unknown property');
    if (mode !== 'none') {
      expect(added.witness?.acceptedBy).toBe(mode === 'forward' ? 'new' : 'old');
      expect(expectVerifiedWitnesses(findings, v1, v2)).toBe(1);
    }
    if (mode === 'forward') expect(added.message).toMatch(/Old consumers .* reject events written under the new one/);
  }
}

describe('credit.released v1 -> v2 (required reason_code added to a closed object)', () => {
  it('reduced fixture: breaks in every enforcing mode, with reasons and witnesses', () => {
    const dir = path.join(repoRoot, 'fixtures/diff-scenarios/closed-object-required-added');
    checkCreditReleased(
      readJson(path.join(dir, 'previous/schema.json')),
      readJson(path.join(dir, 'current/schema.json')),
      'cause',
    );
  });

  const seeds = path.join(sharedDir, 'seeds/sguild-dispatcher-2.0.0-schemas');
  it.skipIf(SKIP_SHARED_TESTS)('real seed from ../shared/seeds (skipped when absent)', () => {
    checkCreditReleased(
      readJson(path.join(seeds, 'credit.released-v1.json')),
      readJson(path.join(seeds, 'credit.released-v2.json')),
      'reason_code',
    );
  });
});
