/**
 * schema-accepts-nothing: a payload or definition schema (or a required property of one, or one of
 * its `$defs`) whose accepted set is empty, found by src/schemas/emptiness.ts and confirmed with ajv:
 * a verdict is dropped when any candidate witness (`{}`, or an object with what a branch requires)
 * is accepted, so a schema shown to accept something is never flagged.
 */
import type { ValidateFunction } from 'ajv';
import type { RuleFinding } from '../../model/rule.js';
import { defineRule } from '../../rules/define.js';
import { escapeToken } from '../../util/json-pointer.js';
import { analyzeRepo } from '../analyze.js';
import { createAjv, type Draft } from '../drafts.js';
import { emptiness } from '../emptiness.js';
import { schemaFinding } from '../finding.js';
import { boundedRegExp } from '../regex.js';

const id = 'schema-accepts-nothing';

export const schemaAcceptsNothing = defineRule({
  id,
  family: 'schemas',
  scope: 'document',
  defaultSeverity: 'error',
  docs: {
    summary: 'A schema, a required property or a shared definition accepts at least one value.',
    rationale:
      'A closed object (`additionalProperties: false`) whose properties are declared only inside `oneOf` branches rejects every key the branches require: every payload fails, usually for years before anyone notices.',
    example: {
      bad: '{ "type": "object", "additionalProperties": false, "oneOf": [{ "properties": { "lat": {} }, "required": ["lat"] }] }',
      good: '{ "type": "object", "properties": { "lat": {} }, "additionalProperties": false, "oneOf": [{ "required": ["lat"] }] }',
    },
  },
  check(repo) {
    const findings: RuleFinding[] = [];
    for (const analyzed of analyzeRepo(repo)) {
      if (!analyzed.index.draft || analyzed.index.tooDeep) continue;
      for (const [pointer, schema] of places(analyzed.doc.json)) {
        const found = emptiness(schema);
        if (!found || witnessed(schema, found.candidates, analyzed.index.draft)) continue;
        findings.push(
          schemaFinding(id, analyzed, pointer, `accepts nothing: ${found.reason}`, {
            hint: "declare the branches' properties in the root properties (the branches then only require them), or drop additionalProperties: false",
          }),
        );
      }
    }
    return findings;
  },
});

/** The root, each required property's schema and each `$defs`/`definitions` entry, with pointers. */
function places(json: unknown): Array<[string, unknown]> {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return [];
  const root = json as Record<string, unknown>;
  const out: Array<[string, unknown]> = [['', root]];
  const properties = (root.properties ?? {}) as Record<string, unknown>;
  for (const name of Array.isArray(root.required) ? root.required : [])
    if (typeof name === 'string' && Object.hasOwn(properties, name))
      out.push([`/properties/${escapeToken(name)}`, properties[name]]);
  for (const key of ['$defs', 'definitions'])
    for (const [name, schema] of Object.entries((root[key] ?? {}) as Record<string, unknown>))
      out.push([`/${key}/${escapeToken(name)}`, schema]);
  return out;
}

const validators = new Map<Draft, ReturnType<typeof createAjv>>();

/** True when ajv accepts one of the candidates: the structural verdict was wrong, and nothing is reported. */
function witnessed(schema: unknown, candidates: unknown[], draft: Draft): boolean {
  let ajv = validators.get(draft);
  if (!ajv) validators.set(draft, (ajv = createAjv(draft, { validateSchema: false, code: { regExp: boundedRegExp } })));
  let validate: ValidateFunction;
  try {
    const { $id: _id, id: _legacy, ...standalone } = schema as Record<string, unknown>;
    validate = ajv.compile(standalone);
  } catch {
    return true; // cannot confirm (a ref outside the subschema): stay silent
  }
  return candidates.some((candidate) => {
    try {
      return validate(candidate) === true;
    } catch {
      return true;
    }
  });
}
