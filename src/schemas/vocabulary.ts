/**
 * Which keywords and formats a repo's schemas may use beyond their draft's own. JSON Schema lets
 * every draft carry unknown keywords (2020-12 Core §6.5: they are collected as annotations), so an
 * unknown keyword is a warning (schema-unknown-keyword), never a compile failure; the common
 * annotation vocabularies are known outright, and the config declares the repo's own
 * (`schemas.keywords`, `schemas.formats`).
 */
import type { EvtConfig } from '../model/config.js';
import type { Draft } from './drafts.js';

/**
 * Annotations accepted in every draft: the ones later drafts standardised (`deprecated`, `examples`,
 * `$comment`, `readOnly`, `writeOnly`, `contentMediaType`, `contentEncoding`), used in earlier ones
 * too, and the editor vocabulary VS Code and JSON language servers read (`markdownDescription`, ...).
 */
const ANNOTATIONS: ReadonlySet<string> = new Set([
  '$comment',
  'deprecated',
  'examples',
  'readOnly',
  'writeOnly',
  'contentMediaType',
  'contentEncoding',
  'markdownDescription',
  'markdownEnumDescriptions',
  'enumDescriptions',
  'deprecationMessage',
  'errorMessage',
  'defaultSnippets',
  'doNotSuggest',
]);

/** Keywords of a later (or earlier) draft, named when a document of another draft uses them. */
const DRAFT_OF_KEYWORD: Record<string, string> = {
  prefixItems: '2020-12',
  $dynamicRef: '2020-12',
  $dynamicAnchor: '2020-12',
  unevaluatedProperties: '2019-09',
  unevaluatedItems: '2019-09',
  dependentRequired: '2019-09',
  dependentSchemas: '2019-09',
  minContains: '2019-09',
  maxContains: '2019-09',
  $anchor: '2019-09',
  $recursiveRef: '2019-09',
  $defs: '2019-09',
  if: '07',
  then: '07',
  else: '07',
  const: '06',
  contains: '06',
  propertyNames: '06',
};

/** A keyword a repo's schema may use though its draft does not define it. */
export function isAcceptedKeyword(keyword: string, config: Pick<EvtConfig, 'schemas'>): boolean {
  return keyword.startsWith('x-') || ANNOTATIONS.has(keyword) || config.schemas.keywords.includes(keyword);
}

/** A `format` the config declares: `schemas.formats` is a regular expression, or `any`. */
export function isDeclaredFormat(format: string, config: Pick<EvtConfig, 'schemas'>): boolean {
  const declared = config.schemas.formats;
  if (declared === undefined) return false;
  if (declared === 'any') return true;
  try {
    return new RegExp(`^(?:${declared})$`, 'u').test(format);
  } catch {
    return false;
  }
}

/** Why an unknown keyword is there, when it belongs to another draft (`prefixItems` in draft-07 is ignored). */
export function otherDraftOf(keyword: string, draft: Draft): string | undefined {
  const since = Object.hasOwn(DRAFT_OF_KEYWORD, keyword) ? DRAFT_OF_KEYWORD[keyword] : undefined;
  return since && since !== draft ? since : undefined;
}
