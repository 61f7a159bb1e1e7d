/**
 * Which JSON Schema draft a document is written in, and the ajv setup for each draft.
 *
 * `$schema` names the dialect (2020-12 Core §8.1.1). evt recognises the five published meta-schema
 * URIs with or without the empty fragment and over http or https. Any other URI is reported
 * (schema-draft-unknown) and never fetched.
 *
 * One default for lint and diff alike: a document without `$schema` (or with one evt cannot place)
 * is read as 2020-12, the current dialect, so lint and diff never disagree about which keywords a
 * document has. Diff used to assume draft-07 here; the one reading that depended on it, a lone
 * `additionalItems` compared as the items' schema (Confluent's cases), no longer depends on the
 * draft (src/diff/engine/normalize.ts).
 */
import { createRequire } from 'node:module';
import { Ajv, type Options } from 'ajv';
import { Ajv2019 } from 'ajv/dist/2019.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import Ajv04Module from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';

const require = createRequire(import.meta.url);
// ajv-draft-04 and ajv-formats are CommonJS with `exports.default`; NodeNext sees the module object.
const Ajv04 = Ajv04Module.default;
const addFormats = addFormatsModule.default;

export type Draft = '04' | '06' | '07' | '2019-09' | '2020-12';
const DEFAULT_DRAFT: Draft = '2020-12';

const DRAFT_BY_URI: Record<string, Draft> = {
  'json-schema.org/draft-04/schema': '04',
  'json-schema.org/draft-06/schema': '06',
  'json-schema.org/draft-07/schema': '07',
  'json-schema.org/draft/2019-09/schema': '2019-09',
  'json-schema.org/draft/2020-12/schema': '2020-12',
};

/**
 * The draft named by a `$schema` value; undefined when evt does not know the URI.
 * @internal Exported for test/schemas/drafts.test.ts: every known URI as a table.
 */
export function draftFromUri(uri: string): Draft | undefined {
  const key = uri
    .trim()
    .replace(/^https?:\/\//i, '')
    .replace(/#$/, '');
  return DRAFT_BY_URI[key];
}

/** A schema document's draft: `{ draft }`, or `{ unknown }` with the `$schema` value evt cannot place. */
export function draftOf(schema: unknown): { draft: Draft } | { unknown: unknown } {
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema) || !('$schema' in schema))
    return { draft: DEFAULT_DRAFT };
  const uri = (schema as { $schema: unknown }).$schema;
  const draft = typeof uri === 'string' ? draftFromUri(uri) : undefined;
  return draft ? { draft } : { unknown: uri };
}

/** The draft a document is read in: the one its `$schema` names, else {@link DEFAULT_DRAFT}. */
export function draftOrDefault(schema: unknown): Draft {
  const found = draftOf(schema);
  return 'draft' in found ? found.draft : DEFAULT_DRAFT;
}

/** 2019-09 and later, where `$ref` applies beside its sibling keywords instead of replacing them. */
export function isModernDraft(draft: Draft): boolean {
  return draft === '2019-09' || draft === '2020-12';
}

/** True for the URI of a meta-schema ajv ships, so a `$ref` to it resolves without a fetch. */
export function isKnownMetaSchemaUri(uri: string): boolean {
  return draftFromUri(uri) !== undefined;
}

/**
 * A new ajv instance for `draft`. `strict: false` because evt reports unknown keywords and formats
 * itself (schema-compiles), with pointers; `loadSchema` is never set, so ajv cannot fetch anything.
 */
export function createAjv(draft: Draft, options: Options = {}): Ajv {
  const settings: Options = { strict: false, logger: false, allErrors: false, ...options };
  const ajv = newAjv(draft, settings);
  addFormats(ajv);
  return ajv;
}

function newAjv(draft: Draft, settings: Options): Ajv {
  switch (draft) {
    case '04':
      return new Ajv04(settings) as unknown as Ajv;
    case '06': {
      const ajv = new Ajv(settings);
      ajv.addMetaSchema(require('ajv/dist/refs/json-schema-draft-06.json'));
      return ajv;
    }
    case '07':
      return new Ajv(settings);
    case '2019-09':
      return new Ajv2019(settings);
    case '2020-12':
      return new Ajv2020(settings);
  }
}

/** Formats ajv-formats implements: any other `format` value is unknown to ajv. */
export const KNOWN_FORMATS: ReadonlySet<string> = new Set(
  Object.keys(require('ajv-formats/dist/formats.js').fullFormats),
);
