/**
 * schema-parse: every schema file parses, and what it holds is a schema (an object or a boolean,
 * JSON Schema 2020-12 Core §4.3.1). Nothing else can be checked in a file that fails here.
 */
import type { RuleFinding } from '../../model/rule.js';
import type { SchemaDoc } from '../../model/repo.js';
import { defineRule } from '../../rules/define.js';
import { eventsByFile } from '../analyze.js';
import { schemaFinding } from '../finding.js';

const id = 'schema-parse';

export const schemaParse = defineRule({
  id,
  family: 'schemas',
  scope: 'document',
  defaultSeverity: 'error',
  docs: {
    summary: 'Schema files parse as JSON/YAML and hold a schema object or boolean.',
    rationale:
      'A file that does not parse breaks every producer and consumer that loads the contracts; the message gives the line and column of the syntax error.',
    example: { bad: '{ "type": "object", }', good: '{ "type": "object" }' },
  },
  check(repo) {
    const events = eventsByFile(repo);
    const findings: RuleFinding[] = [];
    for (const doc of [...repo.docs]) {
      const problem = problemOf(doc);
      if (problem)
        findings.push(
          schemaFinding(id, { doc, event: events.get(doc.file) }, '', problem.message, problem.position ?? {}),
        );
    }
    return findings;
  },
});

function problemOf(doc: SchemaDoc): { message: string; position?: { line: number; column: number } } | undefined {
  const error = doc.parseError;
  if (error)
    return {
      message: `${doc.format.toUpperCase()} syntax error at ${error.line}:${error.column}: ${error.message}`,
      position: { line: error.line, column: error.column },
    };
  const json = doc.json;
  if (typeof json === 'boolean' || (json !== null && typeof json === 'object' && !Array.isArray(json)))
    return undefined;
  return {
    message: `the document is ${describe(json)}, not a schema (an object or a boolean)`,
    position: { line: 1, column: 1 },
  };
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}
