import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintRulesOf } from '../../src/rules/index.js';

const NAME_RULES = lintRulesOf('names');

const rulesDir = path.resolve(import.meta.dirname, '../../src/names/rules');
const ruleFiles = fs
  .readdirSync(rulesDir)
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
  .map((f) => f.slice(0, -3));

describe('NAME_RULES registry', () => {
  it('registers every rule module exactly once, id = file name', () => {
    const ids = NAME_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...ruleFiles].sort());
  });

  it('has the documented default severities', () => {
    expect(Object.fromEntries(NAME_RULES.map((r) => [r.id, r.defaultSeverity]))).toEqual({
      'name-pattern': 'error',
      'name-segment-count': 'error',
      'name-segment-case': 'error',
      'name-version-segment': 'error',
      'name-past-tense': 'warning',
      'name-duplicate': 'error',
      'name-near-duplicate': 'warning',
    });
  });

  it.each(NAME_RULES.map((r) => [r.id, r] as const))('%s has kind, docs, an example and a test', (id, rule) => {
    expect(id).toMatch(/^name-[a-z]+(-[a-z]+)*$/);
    expect(rule.family).toBe('names');
    for (const text of [rule.docs.summary, rule.docs.rationale, rule.docs.example.bad, rule.docs.example.good])
      expect(text.trim()).not.toBe('');
    expect(rule.docs.summary).not.toMatch(/\n/);
    expect(rule.docs.example.bad).not.toBe(rule.docs.example.good);
    expect(fs.existsSync(path.resolve(import.meta.dirname, `${id}.test.ts`))).toBe(true);
  });
});
