import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_RULES } from '../../src/schemas/rules/index.js';
import { REPO_ROOT } from './helpers.js';

const RULES_DIR = path.join(REPO_ROOT, 'src/schemas/rules');

describe('schema rule registry', () => {
  it('registers every rule module once, with id = file name', () => {
    const files = fs
      .readdirSync(RULES_DIR)
      .filter((f) => f !== 'index.ts')
      .map((f) => f.replace(/\.ts$/, ''))
      .sort();
    expect(SCHEMA_RULES.map((r) => r.id).sort()).toEqual(files);
  });

  it.each(SCHEMA_RULES.map((r) => [r.id, r] as const))('%s has docs and a default severity', (_id, rule) => {
    expect(rule.kind).toBe('schema');
    expect(rule.summary.length).toBeGreaterThan(10);
    expect(rule.rationale.length).toBeGreaterThan(20);
    expect(rule.example.bad).not.toBe(rule.example.good);
    expect(['error', 'warning', 'info']).toContain(rule.defaultSeverity);
  });
});
