/**
 * schema-compiles: what really fails to compile, found without compiling: `pattern` and
 * `patternProperties` regexes that are not valid ECMA-262 with the `u` flag (2020-12 Validation
 * §6.3.3; ajv's default), nesting beyond what evt checks, and, for schemas compiled anyway to check
 * their examples, ajv's own errors. Unknown keywords and formats are not failures (every draft lets
 * a schema carry them): they are schema-unknown-keyword's.
 */
import type { RuleFinding } from '../../model/rule.js';
import { defineRule } from '../../rules/define.js';
import { analyzeRepo, type AnalyzedDoc } from '../analyze.js';
import { checkExamples } from '../examples.js';
import { schemaFinding } from '../finding.js';
import { MAX_DEPTH } from '../walk.js';

const id = 'schema-compiles';

export const schemaCompiles = defineRule({
  id,
  family: 'schemas',
  scope: 'document',
  defaultSeverity: 'error',
  docs: {
    summary: 'Schemas compile: valid regexes, resolvable structure.',
    rationale:
      'An invalid regex, or a schema ajv refuses, makes compilation fail at runtime in every consumer. Unknown keywords and formats are reported apart (schema-unknown-keyword, a warning).',
    example: {
      bad: '{ "type": "string", "pattern": "[" }',
      good: '{ "type": "string", "pattern": "^[a-z]+$" }',
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
  const findings = index.compileProblems.flatMap((problem) =>
    problem.kind === 'regex'
      ? [
          schemaFinding(
            id,
            analyzed,
            problem.pointer,
            `invalid regular expression ${JSON.stringify(problem.source)} (ECMA-262, u flag): ${problem.error}`,
          ),
        ]
      : [],
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
