/**
 * schema-compiles: what ajv would reject when compiling, found without compiling: unknown keywords
 * and formats (ajv's strict mode rejects both), `pattern`/`patternProperties` regexes that are not
 * valid ECMA-262 with the `u` flag (2020-12 Validation §6.3.3; ajv's default), nesting beyond what
 * evt checks, and, for schemas compiled anyway to check their examples, ajv's own errors.
 */
import type { RuleFinding } from '../../model/rule.js';
import { defineRule } from '../../rules/define.js';
import { closest } from '../../util/closest.js';
import { analyzeRepo, type AnalyzedDoc } from '../analyze.js';
import { KNOWN_FORMATS, type Draft } from '../drafts.js';
import { checkExamples } from '../examples.js';
import { schemaFinding } from '../finding.js';
import { dialectOf } from '../meta.js';
import { MAX_DEPTH, type CompileProblem } from '../walk.js';

const id = 'schema-compiles';

export const schemaCompiles = defineRule({
  id,
  family: 'schemas',
  scope: 'document',
  defaultSeverity: 'error',
  docs: {
    summary: 'Schemas compile: known keywords and formats, valid regexes.',
    rationale:
      'A misspelled keyword (`maxLenght`) or format is silently ignored by lenient validators and rejected by strict ones; an invalid regex makes compilation fail at runtime. Keywords starting with `x-` are treated as deliberate extensions.',
    example: {
      bad: '{ "type": "string", "maxLenght": 10, "format": "datetime", "pattern": "[" }',
      good: '{ "type": "string", "maxLength": 10, "format": "date-time", "pattern": "^[a-z]+$" }',
    },
  },
  check(repo) {
    const findings = analyzeRepo(repo).flatMap(walkFindings);
    const flagged = new Set(findings.map((f) => f.file));
    for (const problem of checkExamples(repo)) {
      if (problem.kind === 'compile' && !flagged.has(problem.from.doc.file))
        findings.push(schemaFinding(id, problem.from, problem.pointer, problem.message));
    }
    return findings;
  },
});

function walkFindings(analyzed: AnalyzedDoc): RuleFinding[] {
  const { index } = analyzed;
  if (!index.draft) return [];
  const findings = index.compileProblems.map((problem) =>
    schemaFinding(id, analyzed, problem.pointer, ...describe(problem, index.draft!)),
  );
  if (index.tooDeep)
    findings.push(
      schemaFinding(
        id,
        analyzed,
        index.tooDeep.pointer,
        `subschemas nest deeper than ${MAX_DEPTH} levels; evt does not check below this point`,
      ),
    );
  return findings;
}

function describe(problem: CompileProblem, draft: Draft): [string, Partial<RuleFinding>] {
  switch (problem.kind) {
    case 'keyword':
      return [
        `unknown keyword "${problem.keyword}" in draft ${draft}`,
        didYouMean(problem.keyword, dialectOf(draft).names),
      ];
    case 'format':
      return [`unknown format "${problem.format}"`, didYouMean(problem.format, [...KNOWN_FORMATS])];
    case 'regex':
      return [`invalid regular expression ${JSON.stringify(problem.source)} (ECMA-262, u flag): ${problem.error}`, {}];
  }
}

function didYouMean(word: string, candidates: readonly string[]): Partial<RuleFinding> {
  const match = closest(word, candidates);
  return match ? { hint: `did you mean "${match}"?` } : {};
}
