/**
 * The payload schema of a new event type, built from the repo's conventions (conventions.ts):
 * draft, $id, title, description placeholder, `type: object`, content model, id and timestamp
 * fields, and one example generated from the schema and checked with ajv.
 */
import YAML from 'yaml';
import type { ContractRepo } from '../model/repo.js';
import { fieldName, inferConventions, type Conventions } from './conventions.js';
import { exampleFor } from './example.js';
import { detectIndent, formatJson } from './format-json.js';
import { exampleErrors } from './validate-example.js';

const DEFAULT_DRAFT = 'https://json-schema.org/draft/2020-12/schema';

export interface PayloadRequest {
  /** Name without any version segment. */
  baseName: string;
  /** Published name (`deck.exported.v1` in versionInName layouts). */
  event: string;
  /** Version as written, when the layout has one. */
  version?: string;
  /** Repo-relative path of the new schema. */
  file: string;
  description?: string;
}

/** The fields every rendering path shares ($id, title, description), also used by templates. */
export function headerFields(
  conventions: Conventions,
  request: PayloadRequest,
): { draft: string; idKey: '$id' | 'id'; id: string; title: string; description: string } {
  const draft = conventions.draft ?? DEFAULT_DRAFT;
  const id = conventions.id
    ? conventions.id.base + request.file.split('/').slice(conventions.id.drop).join('/')
    : request.file;
  const title =
    request.version === undefined
      ? conventions.title.replace(/\s*v?\{version\}/, '')
      : conventions.title.replace('{version}', request.version);
  return {
    draft,
    idKey: draft.includes('draft-04') ? 'id' : '$id',
    id,
    title: title.replace('{event}', request.event),
    description: request.description ?? `TODO: describe when ${request.event} is emitted and what it means.`,
  };
}

export function buildPayloadSchema(
  repo: ContractRepo,
  request: PayloadRequest,
  notes: string[],
): Record<string, unknown> {
  const conventions = inferConventions(repo, request.baseName);
  const header = headerFields(conventions, request);
  const properties: Record<string, unknown> = {};
  const required: string[] = [];
  const segments = request.baseName.split('.');
  const add = (name: string, definition: Record<string, unknown>, isRequired: boolean): void => {
    properties[name] = definition;
    if (isRequired) required.push(name);
  };
  if (conventions.idField) {
    const name = fieldName([segments[0]!, 'id'], conventions.keyCase);
    add(name, conventions.fields.get(name) ?? { type: 'string', minLength: 1 }, conventions.idField.required);
  }
  if (conventions.timestamp)
    add(
      fieldName([segments[segments.length - 1]!, 'at'], conventions.keyCase),
      { type: 'string', format: 'date-time' },
      conventions.timestamp.required,
    );
  const schema: Record<string, unknown> = {
    $schema: header.draft,
    [header.idKey]: header.id,
    title: header.title,
    description: header.description,
    type: 'object',
  };
  if (conventions.closed) schema.additionalProperties = false;
  if (required.length) schema.required = required;
  schema.properties = properties;
  const example = exampleFor(schema);
  const errors = exampleErrors(schema, example);
  if (errors.length === 0) schema.examples = [example];
  else notes.push(`no example written: the generated one does not validate (${errors[0]}); add one under "examples"`);
  return schema;
}

/** The schema as text in the file's format, indented like the repo's newest payload schema. */
export function serializeSchema(schema: unknown, file: string, repo: ContractRepo): string {
  if (/\.ya?ml$/i.test(file)) return serializeYaml(schema);
  const sample = repo.events.flatMap((e) => e.versions).find((v) => v.doc.format === 'json');
  return formatJson(schema, sample ? detectIndent(sample.doc.text) : '  ');
}

/** YAML with small leaf maps and lists in flow style, as hand-written contract YAML tends to be. */
function serializeYaml(value: unknown): string {
  const doc = new YAML.Document(value);
  YAML.visit(doc, {
    Map(_, node, path) {
      if (path.length > 4 && node.items.every((p) => !YAML.isCollection(p.value))) node.flow = true;
    },
    Seq(_, node) {
      if (node.items.every((i) => !YAML.isCollection(i))) node.flow = true;
    },
    Scalar(_, node) {
      // YAML 1.1 readers turn 2026-01-01T00:00:00Z, yes/no and 0123 into non-strings: quote them
      if (typeof node.value === 'string' && /^(\d|(yes|no|on|off|true|false|null|y|n|~)$)/i.test(node.value))
        node.type = 'QUOTE_DOUBLE';
    },
  });
  // `{ type: string }` but `[a, b]`: the spacing hand-written contract YAML (and evt's fixtures) use
  return doc
    .toString({ lineWidth: 0, flowCollectionPadding: true })
    .replace(/^(\s*(?:- )?[^\s:][^:]*: )\[ (.*) \]$/gm, '$1[$2]');
}
