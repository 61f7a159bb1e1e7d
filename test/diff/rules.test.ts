import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffDocuments, diffSchemas } from '../../src/diff/index.js';
import { DIFF_RULES } from '../../src/rules/index.js';
import { expectVerifiedWitnesses, readJson, repoRoot } from './helpers.js';

const rulesDir = path.join(repoRoot, 'src/diff/rules');
const fixturesDir = path.join(repoRoot, 'fixtures/diff');

describe('diff rule registry', () => {
  it('has unique kebab-case ids equal to module file names', () => {
    const ids = DIFF_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    const files = fs
      .readdirSync(rulesDir)
      .filter((f) => f.endsWith('.ts'))
      .map((f) => f.replace(/\.ts$/, ''));
    expect([...ids].sort()).toEqual(files.sort());
  });

  it('documents every rule and has a fixture folder for each', () => {
    for (const rule of DIFF_RULES) {
      expect(rule.docs.summary.length, rule.id).toBeGreaterThan(10);
      expect(rule.docs.rationale.length, rule.id).toBeGreaterThan(10);
      expect(rule.docs.example.bad.length, rule.id).toBeGreaterThan(0);
      expect(rule.docs.example.good.length, rule.id).toBeGreaterThan(0);
      expect(['narrows', 'widens', 'both', 'neutral']).toContain(rule.effect);
      for (const side of ['previous', 'current'])
        expect(fs.existsSync(path.join(fixturesDir, rule.id, side, 'schema.json')), `${rule.id}/${side}`).toBe(true);
    }
    expect(fs.readdirSync(fixturesDir).sort()).toEqual(DIFF_RULES.map((r) => r.id).sort());
  });
});

/**
 * Rules whose fixture change gets no witness today (the witness search finds none for their
 * keyword); every other fixture gets exactly one. A change here is a change in witness coverage,
 * so this list moves on purpose only.
 */
const WITHOUT_WITNESS = new Set([
  'min-properties-increased',
  'max-properties-decreased',
  'max-properties-increased',
  'dependent-required-added',
  'dependent-required-removed',
  'max-items-decreased',
  'max-items-increased',
  'unique-items-added',
  'unique-items-removed',
  'min-contains-increased',
  'min-contains-decreased',
  'max-contains-decreased',
  'max-contains-increased',
  'union-branch-added',
  'union-branch-removed',
  'all-of-branch-added',
  'all-of-branch-removed',
  'conditional-added',
  'conditional-removed',
  'conditional-changed',
  'annotation-changed',
]);

describe.each(DIFF_RULES.map((r) => r.id))('fixture %s', (id) => {
  const previous = readJson(path.join(fixturesDir, id, 'previous/schema.json'));
  const current = readJson(path.join(fixturesDir, id, 'current/schema.json'));
  const expected = readJson(path.join(fixturesDir, id, 'expected.json'));

  it('reports exactly the expected (rule id, pointer) pairs', () => {
    const got = diffSchemas(previous, current, { policy: 'strict' })
      .map((c) => [c.ruleId, c.pointer])
      .sort();
    expect(got).toEqual(expected);
  });

  it('attaches only ajv-verified witnesses', () => {
    const findings = diffDocuments(previous, current, { mode: 'full', policy: 'strict' });
    expect(expectVerifiedWitnesses(findings, previous, current)).toBe(WITHOUT_WITNESS.has(id) ? 0 : 1);
  });
});
