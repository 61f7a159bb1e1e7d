import type { RuleFinding } from '../../model/rule.js';
import { defineRule } from '../../rules/define.js';
import { publishedNames } from '../published-names.js';

/** Every literal in the TypeScript union has a schema. */
export const unionOrphanLiteral = defineRule({
  id: 'union-orphan-literal',
  family: 'repo',
  scope: 'repo',
  needsEveryEvent: true,
  defaultSeverity: 'error',
  docs: {
    summary: 'Every literal in the TypeScript union of event types has a schema file.',
    rationale: 'A name in the union without a schema lets typed producers emit events no consumer can validate.',
    example: {
      bad: "| 'kyc.verified' with no schemas/kyc.verified.schema.json",
      good: 'add the schema, or drop the literal',
    },
  },
  check(repo) {
    if (!repo.union) return [];
    const names = publishedNames(repo);
    const findings: RuleFinding[] = [];
    for (const literal of repo.union.literals) {
      if (names.has(literal.name)) continue;
      findings.push({
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
});
