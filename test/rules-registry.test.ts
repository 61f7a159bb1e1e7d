/**
 * The rule registry's promises, checked by path for every rule id: its module is
 * src/<family>/rules/<id>.ts with the family its id says, its docs are written, it has a test (a
 * fixture folder, a test file named after it, or an entry under its id in its family's table) and
 * a row in the README's rule table. A fake rule shows that each check can fail.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Rule } from '../src/model/rule.js';
import { renderRulesMarkdown } from '../src/rules/catalog.js';
import { familyOf, rulePath } from '../src/rules/family.js';
import { RULES } from '../src/rules/index.js';
import { PROJECT_ROOT } from './helpers/paths.js';
import { REPO_CASES } from './repo/rule-cases.js';
import { SCHEMA_CASES } from './schemas/rule-cases.js';
import { VERSION_CASES } from './versions/rule-cases.js';

/** The families' tables, by rule id (families without one test by fixture folder or test file). */
const TABLES: Partial<Record<Rule['family'], Record<string, readonly unknown[]>>> = {
  schemas: SCHEMA_CASES,
  repo: REPO_CASES,
  versions: VERSION_CASES,
};

const README = fs.readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
const START = '<!-- rules:start -->';
const END = '<!-- rules:end -->';
const readmeTable = README.slice(README.indexOf(START) + START.length, README.indexOf(END)).trim();
const README_IDS = new Set([...readmeTable.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1]!));

const exists = (relative: string): boolean => fs.existsSync(path.join(PROJECT_ROOT, relative));

function hasTest(rule: Rule): boolean {
  const { id, family } = rule;
  return (
    exists(`fixtures/${family}/${id}/expected.json`) ||
    exists(`test/${family}/${id}.test.ts`) ||
    (TABLES[family]?.[id]?.length ?? 0) > 0
  );
}

/** What is missing for one rule; empty when the registry's promises hold. */
function registryProblems(rule: Rule, readmeIds: ReadonlySet<string>): string[] {
  const { id, docs } = rule;
  const problems: string[] = [];
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(id)) problems.push('id is not kebab-case');
  if (rule.family !== familyOf(id)) problems.push(`family ${rule.family}, but the id says ${familyOf(id)}`);
  if (!exists(rulePath(id))) problems.push(`no module at ${rulePath(id)}`);
  if (docs.summary.length <= 10) problems.push('no summary');
  if (docs.rationale.length <= 10) problems.push('no rationale');
  if (docs.example.bad === '' || docs.example.good === '') problems.push('no example');
  if (!hasTest(rule)) problems.push('no fixture folder, test file or table entry');
  if (!readmeIds.has(id)) problems.push('no README row');
  return problems;
}

describe('rule registry', () => {
  it('ids are unique', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(RULES.map((r) => [r.id, r] as const))('%s: module, docs, test and README row', (_id, rule) => {
    expect(registryProblems(rule, README_IDS)).toEqual([]);
  });

  it('every module under src/<family>/rules/ is registered', () => {
    const modules = (fs.readdirSync(path.join(PROJECT_ROOT, 'src'), { recursive: true }) as string[])
      .map((file) => file.split(path.sep).join('/'))
      .filter((file) => /^[a-z]+\/rules\/[^/]+\.ts$/.test(file))
      .map((file) => `src/${file}`)
      .sort();
    expect(modules).toEqual(RULES.map((r) => rulePath(r.id)).sort());
  });

  it('a rule without module, docs, test or README row is reported on each count', () => {
    const fake: Rule = {
      id: 'schema-made-up',
      family: 'schemas',
      scope: 'document',
      defaultSeverity: 'error',
      docs: { summary: '', rationale: '', example: { bad: '', good: '' } },
      check: () => [],
    };
    expect(registryProblems(fake, README_IDS)).toEqual([
      'no module at src/schemas/rules/schema-made-up.ts',
      'no summary',
      'no rationale',
      'no example',
      'no fixture folder, test file or table entry',
      'no README row',
    ]);
    expect(registryProblems({ ...fake, id: 'Made_Up', family: 'repo' }, README_IDS)).toContain(
      'family repo, but the id says diff',
    );
  });

  it("the README's rule table is what `evt rules --format markdown` prints", () => {
    expect(readmeTable).toBe(renderRulesMarkdown());
  });
});
