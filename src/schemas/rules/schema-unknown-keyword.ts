/**
 * schema-unknown-keyword: keywords and formats that neither the schema's draft, nor the common
 * annotation vocabularies, nor the config (`schemas.keywords`, `schemas.formats`) know. JSON Schema
 * lets any draft carry unknown keywords (validators ignore them), so this is a warning: often a typo
 * (`$anyOf`, `maxLenght`) or a keyword of another draft (`prefixItems` in draft-07, silently ignored),
 * sometimes a vendor vocabulary to declare. What really fails to compile is schema-compiles.
 */
import type { RuleFinding } from '../../model/rule.js';
import { defineRule } from '../../rules/define.js';
import { closest } from '../../util/closest.js';
import { analyzeRepo } from '../analyze.js';
import { KNOWN_FORMATS } from '../drafts.js';
import { schemaFinding } from '../finding.js';
import { dialectOf } from '../meta.js';
import { isAcceptedKeyword, isDeclaredFormat, otherDraftOf } from '../vocabulary.js';

const id = 'schema-unknown-keyword';

export const schemaUnknownKeyword = defineRule({
  id,
  family: 'schemas',
  scope: 'document',
  defaultSeverity: 'warning',
  docs: {
    summary: 'Keywords and formats are known to the draft, a common vocabulary or the config.',
    rationale:
      'Validators ignore an unknown keyword or format, so a typo (`maxLenght`, `$anyOf`) or a keyword of another draft (`prefixItems` in draft-07) silently checks nothing. Keywords starting with `x-`, editor annotations (`markdownDescription`) and `deprecated`, `examples`, `$comment` are known in every draft; declare a vendor vocabulary in `schemas.keywords` and `schemas.formats`.',
    example: {
      bad: '{ "type": "string", "maxLenght": 10, "format": "datetime" }',
      good: '{ "type": "string", "maxLength": 10, "format": "date-time" }',
    },
  },
  check(repo) {
    const findings: RuleFinding[] = [];
    for (const analyzed of analyzeRepo(repo)) {
      const draft = analyzed.index.draft;
      if (!draft) continue;
      for (const problem of analyzed.index.compileProblems) {
        if (problem.kind === 'keyword' && !isAcceptedKeyword(problem.keyword, repo.config)) {
          const other = otherDraftOf(problem.keyword, draft);
          findings.push(
            schemaFinding(
              id,
              analyzed,
              problem.pointer,
              other
                ? `"${problem.keyword}" is a draft ${other} keyword: draft ${draft} ignores it`
                : `unknown keyword "${problem.keyword}" in draft ${draft}`,
              other
                ? { hint: `declare the draft the schema is written in with $schema, or use draft ${draft}'s keyword` }
                : didYouMean(problem.keyword, dialectOf(draft).names, 'or declare it in schemas.keywords'),
            ),
          );
        } else if (problem.kind === 'format' && !isDeclaredFormat(problem.format, repo.config))
          findings.push(
            schemaFinding(
              id,
              analyzed,
              problem.pointer,
              `unknown format "${problem.format}"`,
              didYouMean(problem.format, [...KNOWN_FORMATS], 'or declare it in schemas.formats'),
            ),
          );
      }
    }
    return findings;
  },
});

function didYouMean(word: string, candidates: readonly string[], otherwise: string): Partial<RuleFinding> {
  const match = closest(word, candidates);
  return { hint: match ? `did you mean "${match}"? (${otherwise})` : otherwise };
}
