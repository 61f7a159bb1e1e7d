import type { RuleFinding } from '../../model/rule.js';
import { defineRule } from '../../rules/define.js';
import { publishedNames } from '../published-names.js';

/** Every event name appears as a literal in the TypeScript union, when the repo has one. */
export const unionMissingLiteral = defineRule({
  id: 'union-missing-literal',
  family: 'repo',
  scope: 'repo',
  defaultSeverity: 'error',
  docs: {
    summary: 'Every event schema has its name in the TypeScript union of event types.',
    rationale:
      'TypeScript producers can only emit names in the union; a schema missing from it is unreachable from typed code.',
    example: {
      bad: "schemas/seller.verified.schema.json exists; event-types.ts has only 'order.placed'",
      good: "export type EventType = | 'order.placed' | 'seller.verified';",
    },
  },
  check(repo) {
    if (!repo.union) return [];
    const literals = new Set(repo.union.literals.map((l) => l.name));
    const findings: RuleFinding[] = [];
    for (const [name, v] of publishedNames(repo)) {
      if (!literals.has(name))
        findings.push({
          event: name,
          file: v.doc.file,
          pointer: '',
          message: `"${name}" is missing from the union in ${repo.union.file}`,
          hint: `add | '${name}' to the union`,
        });
    }
    return findings;
  },
});
