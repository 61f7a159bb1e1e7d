/**
 * Validates generated examples with ajv, in the draft the schema declares ($schema), formats on
 * (ajv-formats): a scaffolded example that does not validate is never written.
 */
import { Ajv, type ValidateFunction } from 'ajv';
import { Ajv2019 } from 'ajv/dist/2019.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import AjvDraft04Module from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';

// both packages are CommonJS with a `default` export; under NodeNext the default import is the module
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;
const AjvDraft04 = AjvDraft04Module as unknown as typeof AjvDraft04Module.default;

type AnyAjv = { compile(schema: object): ValidateFunction };

function ajvFor(draft: string | undefined): AnyAjv {
  const options = { strict: false, validateSchema: false, allErrors: true } as const;
  const ajv = draft?.includes('draft-04')
    ? new AjvDraft04(options)
    : draft?.includes('2019-09')
      ? new Ajv2019(options)
      : draft?.includes('draft-07') || draft?.includes('draft-06')
        ? new Ajv(options)
        : new Ajv2020(options);
  addFormats(ajv as Parameters<typeof addFormats>[0]);
  return ajv;
}

/** The ajv error messages for `payload` against `schema` (empty when it validates). */
export function exampleErrors(schema: Record<string, unknown>, payload: unknown): string[] {
  // $id and examples are irrelevant to validation; a relative $id would make ajv resolve refs oddly
  const { $id: _id, id: _legacyId, examples: _examples, ...rest } = schema;
  const validate = ajvFor(typeof schema.$schema === 'string' ? schema.$schema : undefined).compile(rest);
  if (validate(payload)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
}
