import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { RawConfig } from '../../src/repo/config.js';
import { loadContractRepo } from '../../src/repo/load.js';
import type { ContractRepo } from '../../src/model/repo.js';
import type { Finding } from '../../src/model/finding.js';
import type { LintRule } from '../../src/model/rule.js';
import { lintRulesOf } from '../../src/rules/index.js';
import { runRules } from '../../src/rules/run.js';

export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');

/** Writes `files` (path -> JSON value or raw text) into a fresh temp dir and loads it as a repo. */
export async function repoFrom(
  files: Record<string, unknown>,
  config: RawConfig = { preset: 'goodgo' },
): Promise<ContractRepo> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'evt-schemas-'));
  for (const [file, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  }
  return loadContractRepo(dir, { config });
}

export type Row = [ruleId: string, file: string | undefined, pointer: string];

/** Findings as sorted (rule id, file, pointer) rows: the shape every test asserts exactly. */
export function rows(findings: Finding[]): Row[] {
  return findings
    .map((f): Row => [f.ruleId, f.file, f.pointer])
    .sort((a, b) => a.join('\0').localeCompare(b.join('\0')));
}

/**
 * The schema rules that read a parsed document's content, which this folder tests. The loader's
 * limits (too large, too deep, not UTF-8, duplicate keys) and the $id/title-versus-file-name rules
 * are tested over repos in test/repo/rules.test.ts and test/hostile.
 */
const NOT_CONTENT = new Set([
  'schema-too-large',
  'schema-too-deep',
  'schema-not-utf8',
  'schema-duplicate-key',
  'schema-id-mismatch',
  'schema-title-mismatch',
]);
const CONTENT_RULES = lintRulesOf('schemas').filter((rule) => !NOT_CONTENT.has(rule.id));

/** The given rules over `repo`, ids stamped, config not applied. */
export function runSchemaRules(repo: ContractRepo, rules: readonly LintRule[] = CONTENT_RULES): Finding[] {
  return runRules(rules, repo);
}
