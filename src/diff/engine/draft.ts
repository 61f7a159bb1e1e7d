import { isObject, type JsonSchema } from './json.js';

export type Draft = 'draft-04' | 'draft-06' | 'draft-07' | '2019-09' | '2020-12';

/**
 * The dialect a document declares with `$schema`. Without one, evt reads the document as draft-07
 * (the most common undeclared dialect), but honours 2020-12 keywords such as `prefixItems` anyway.
 */
export function detectDraft(doc: JsonSchema): Draft {
  const uri = isObject(doc) && typeof doc.$schema === 'string' ? doc.$schema : '';
  if (uri.includes('draft-04')) return 'draft-04';
  if (uri.includes('draft-06')) return 'draft-06';
  if (uri.includes('2019-09')) return '2019-09';
  if (uri.includes('2020-12')) return '2020-12';
  return 'draft-07';
}

export function isModernDraft(draft: Draft): boolean {
  return draft === '2019-09' || draft === '2020-12';
}
