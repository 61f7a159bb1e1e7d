/**
 * schema-meta-valid: each document is valid against its draft's meta-schema. The walk runs the
 * compiled meta-schema of every keyword it meets (see meta.ts); this rule turns the errors into
 * one finding per failing location.
 */
import type { RuleFinding } from '../../model/rule.js';
import { defineRule } from '../../rules/define.js';
import { analyzeRepo } from '../analyze.js';
import { schemaFinding } from '../finding.js';

const id = 'schema-meta-valid';
/** anyOf/oneOf say only "must match a schema in anyOf"; the branch errors at the same place say why. */
const COMBINATOR = /^must match (a schema in anyOf|exactly one schema in oneOf)/;

export const schemaMetaValid = defineRule({
  id,
  family: 'schemas',
  scope: 'document',
  defaultSeverity: 'error',
  docs: {
    summary: 'Schemas are valid against the meta-schema of their draft.',
    rationale:
      'A schema that breaks its meta-schema (a misspelled type, a non-array `required`) is rejected or silently misread by validators.',
    example: { bad: '{ "type": "strng", "required": "id" }', good: '{ "type": "string", "required": ["id"] }' },
  },
  check(repo) {
    const findings: RuleFinding[] = [];
    for (const analyzed of analyzeRepo(repo)) {
      for (const [pointer, messages] of groupByPointer(analyzed.index.metaErrors)) {
        findings.push(schemaFinding(id, analyzed, pointer, `${pointer || '(root)'} ${messages.join('; ')}`));
      }
    }
    return findings;
  },
});

function groupByPointer(errors: Array<{ pointer: string; message: string }>): Map<string, string[]> {
  const grouped = new Map<string, string[]>();
  for (const { pointer, message } of errors) {
    const messages = grouped.get(pointer) ?? [];
    if (!messages.includes(message)) messages.push(message);
    grouped.set(pointer, messages);
  }
  for (const [pointer, messages] of grouped) {
    const specific = messages.filter((m) => !COMBINATOR.test(m));
    grouped.set(pointer, specific.length > 0 ? specific : messages);
  }
  return grouped;
}
