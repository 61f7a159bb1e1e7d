/**
 * Each schema rule on small inline repos (flat layout): the exact (rule, file, pointer) rows.
 */
import { describe, expect, it } from 'vitest';
import type { LintRule } from '../../src/model/rule.js';
import { lintRulesOf } from '../../src/rules/index.js';
import { repoFrom, rows, runSchemaRules, type Row } from './helpers.js';
import { SCHEMA_CASES } from './rule-cases.js';

const rule = (id: string): LintRule => lintRulesOf('schemas').find((r) => r.id === id)!;
describe.each(Object.entries(SCHEMA_CASES))('%s', (id, cases) => {
  it.each(cases)('$name', async ({ files, expected, config }) => {
    const repo = await repoFrom(files, config);
    expect(rows(runSchemaRules(repo, [rule(id)]))).toEqual(expected.map(([file, pointer]): Row => [id, file, pointer]));
  });
});
