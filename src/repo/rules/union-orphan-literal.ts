import type { FindingDraft } from '../../model/finding.js';
import type { LintRule } from '../../model/rule.js';
import { publishedNames } from './helpers.js';

/** Every literal in the TypeScript union has a schema. */
export const unionOrphanLiteral: LintRule = {
  id: 'union-orphan-literal',
  kind: 'repo',
  defaultSeverity: 'error',
  summary: 'Every literal in the TypeScript union of event types has a schema file.',
  rationale: 'A name in the union without a schema lets typed producers emit events no consumer can validate.',
  example: {
    bad: "| 'kyc.verified' with no schemas/kyc.verified.schema.json",
    good: 'add the schema, or drop the literal',
  },
  check(repo) {
    if (!repo.union) return [];
    const names = publishedNames(repo);
    const findings: FindingDraft[] = [];
    for (const literal of repo.union.literals) {
      if (names.has(literal.name)) continue;
      findings.push({
        ruleId: this.id,
        event: literal.name,
        file: repo.union.file,
        pointer: '',
        line: literal.line,
        column: literal.column,
        message: `union literal "${literal.name}" has no schema file`,
        hint: `add its schema (evt new ${literal.name}) or remove the literal`,
      });
    }
    return findings;
  },
};
