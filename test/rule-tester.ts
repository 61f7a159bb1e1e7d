/**
 * The lint rule tester (ESLint's RuleTester, Buf's fixture folders): each case is a mini repo, the
 * whole lint stage runs over it, and the exact list of findings is asserted, so a rule that fires
 * where it should not shows as plainly as one that stays silent.
 *
 * Cases come from `fixtures/<family>/<id>/` (the folder is the repo, `expected.json` its findings)
 * or, for repos that cannot be committed (a 10 MB file, a symbolic link out of the repo), from the
 * family's table in `test/<family>/rule-cases.ts`. EVT_UPDATE_EXPECTED=1 rewrites expected.json
 * from what the rules find: review the diff before committing it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../src/model/finding.js';
import { loadContractRepo } from '../src/repo/load.js';
import type { RuleFamily } from '../src/rules/family.js';
import { runLintRules } from '../src/rules/run.js';
import { FIXTURES } from './helpers/paths.js';

type ExpectedFinding = Pick<Finding, 'ruleId' | 'severity' | 'file' | 'pointer' | 'message'>;

interface RepoCase {
  name: string;
  /** The repo's directory (a table case may build it in a temp dir). */
  repo: () => string;
  expected: ExpectedFinding[];
  /** The fixture's expected.json, rewritten under EVT_UPDATE_EXPECTED=1. */
  expectedFile?: string;
}

/** Rule id -> its cases. */
export type RuleCases = Record<string, RepoCase[]>;

/** One case per `fixtures/<family>/<id>/` folder. */
export function fixtureCases(family: RuleFamily): RuleCases {
  const dir = path.join(FIXTURES, family);
  const cases: RuleCases = {};
  for (const id of fs.existsSync(dir) ? fs.readdirSync(dir).sort() : []) {
    const expectedFile = path.join(dir, id, 'expected.json');
    const expected = fs.existsSync(expectedFile)
      ? (JSON.parse(fs.readFileSync(expectedFile, 'utf8')) as ExpectedFinding[])
      : [];
    cases[id] = [{ name: `fixtures/${family}/${id}`, repo: () => path.join(dir, id), expected, expectedFile }];
  }
  return cases;
}

/** What `evt lint` finds in the repo, projected to the asserted fields, in report order. */
async function lintFindings(dir: string): Promise<ExpectedFinding[]> {
  const repo = await loadContractRepo(dir);
  return runLintRules(repo)
    .map(({ ruleId, severity, file, pointer, message }) => ({ ruleId, severity, file, pointer, message }))
    .sort((a, b) => key(a).localeCompare(key(b)));
}

function key(f: ExpectedFinding): string {
  return [f.file ?? '', f.pointer, f.ruleId, f.message].join('\0');
}

/** Every case of every rule: the exact findings, and at least one of the rule the case is for. */
export function describeRuleCases(family: RuleFamily, cases: RuleCases): void {
  describe.each(Object.keys(cases))(`${family} rule %s`, (id) => {
    it.each(cases[id]!.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
      const found = await lintFindings(c.repo());
      if (c.expectedFile && process.env.EVT_UPDATE_EXPECTED === '1')
        fs.writeFileSync(c.expectedFile, `${JSON.stringify(found, null, 2)}\n`);
      else expect(found).toEqual(c.expected);
      expect(found.map((f) => f.ruleId)).toContain(id);
    });
  });
}

/** A family's fixture cases and its table cases, by rule id. */
export function casesOf(family: RuleFamily, table: RuleCases = {}): RuleCases {
  const cases = fixtureCases(family);
  for (const [id, more] of Object.entries(table)) cases[id] = [...(cases[id] ?? []), ...more];
  return cases;
}
