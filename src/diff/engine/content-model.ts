import { hasOwn, isObject, type JsonSchema } from './json.js';
import type { Norm } from './norm.js';
import { matchesPattern } from './pattern-util.js';
import { isAnnotation } from '../rules/annotation-changed.js';

/** open: unknown members allowed; closed: rejected; partial: constrained by a schema or patterns. */
export type ContentModel = 'open' | 'closed' | 'partial';

export function isTrivial(schema: JsonSchema | undefined): boolean {
  return (
    schema === undefined || schema === true || (isObject(schema) && Object.keys(schema).every((k) => isAnnotation(k)))
  );
}

/** The content model of the members no pattern matches: additionalProperties alone. */
export function restModel(norm: Norm): ContentModel {
  if (isTrivial(norm.additional)) return 'open';
  return norm.additional === false ? 'closed' : 'partial';
}

export interface EffectiveSchema {
  schema: JsonSchema;
  /** How the object treats this undeclared member. */
  via: 'open' | 'closed' | 'patternProperties' | 'additional';
}

/**
 * The schema an object applies to a member it does not declare in `properties`: every matching
 * `patternProperties` entry, else `additionalProperties` (2020-12 Core §10.3.2.2-10.3.2.3).
 */
export function effectiveFor(norm: Norm, name: string): EffectiveSchema {
  const matching = Object.entries(norm.patternProperties)
    .filter(([pattern]) => matchesPattern(pattern, name) === true)
    .map(([, schema]) => schema);
  const [first] = matching;
  if (first !== undefined)
    return { schema: matching.length === 1 ? first : { allOf: matching }, via: 'patternProperties' };
  if (isTrivial(norm.additional)) return { schema: true, via: 'open' };
  return norm.additional === false
    ? { schema: false, via: 'closed' }
    : { schema: norm.additional as JsonSchema, via: 'additional' };
}

export function hasDefault(schema: JsonSchema | undefined): boolean {
  return isObject(schema) && hasOwn(schema, 'default');
}
