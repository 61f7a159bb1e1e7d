import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintRulesOf } from '../../src/rules/index.js';
import { REPO_ROOT } from './helpers.js';

const SCHEMA_RULES = lintRulesOf('schemas');
const RULES_DIR = path.join(REPO_ROOT, 'src/schemas/rules');

describe('schema rule registry', () => {
  it('registers every rule module once, with id = file name', () => {
    const files = fs
      .readdirSync(RULES_DIR)
      .map((f) => f.replace(/\.ts$/, ''))
      .sort();
    expect(SCHEMA_RULES.map((r) => r.id).sort()).toEqual(files);
  });

  it.each(SCHEMA_RULES.map((r) => [r.id, r] as const))('%s has docs and a default severity', (_id, rule) => {
    expect(rule.family).toBe('schemas');
    expect(rule.docs.summary.length).toBeGreaterThan(10);
    expect(rule.docs.rationale.length).toBeGreaterThan(20);
    expect(rule.docs.example.bad).not.toBe(rule.docs.example.good);
    expect(['error', 'warning', 'info']).toContain(rule.defaultSeverity);
  });
});
