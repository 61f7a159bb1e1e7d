// ajv, one validator per draft, as the judge's only notion of "accepts": draft-04 through
// ajv-draft-04, draft-07 through Ajv, 2020-12 through Ajv2020, formats asserted by ajv-formats (as
// evt's docs say it treats `format`). The referee never decides acceptance itself.
import { Ajv } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import AjvDraft04Module from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';

// ajv-draft-04 and ajv-formats are CommonJS with `exports.default`.
const AjvDraft04 = AjvDraft04Module.default;
const addFormats = addFormatsModule.default;

const OPTIONS = { strict: false, allErrors: false, validateFormats: true, code: { optimize: false } };

/** Which draft a document declares (`$schema`); documents without one are read as 2020-12. */
function draftOf(schema) {
  const uri = schema && typeof schema === 'object' ? String(schema.$schema ?? '') : '';
  if (uri.includes('draft-04')) return '04';
  if (uri.includes('draft-06') || uri.includes('draft-07')) return '07';
  return '2020-12';
}

function createAjv(draft) {
  const ajv = draft === '04' ? new AjvDraft04(OPTIONS) : draft === '07' ? new Ajv(OPTIONS) : new Ajv2020(OPTIONS);
  addFormats(ajv);
  return ajv;
}

/**
 * Compiles documents into `(payload) => boolean`. A fresh ajv per draft every few hundred
 * documents: ajv keeps every compiled schema, and a run compiles tens of thousands.
 */
export function createValidators() {
  const instances = new Map();
  let compiled = 0;
  return {
    /** The validator of one document, or null when ajv refuses it (counted, never judged). */
    compile(schema) {
      if (++compiled % 400 === 0) instances.clear();
      const draft = draftOf(schema);
      let ajv = instances.get(draft);
      if (!ajv) instances.set(draft, (ajv = createAjv(draft)));
      try {
        const validate = ajv.compile(typeof schema === 'object' ? structuredClone(schema) : schema);
        return (payload) => {
          try {
            return validate(payload) === true;
          } catch {
            return false;
          }
        };
      } catch {
        return null;
      }
    },
  };
}
