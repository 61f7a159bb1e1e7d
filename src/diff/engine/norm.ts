import type { JsonSchema, SchemaObject } from './json.js';
import { admits } from './type-set.js';
import type { TypeSet } from './type-set.js';

/** A numeric bound; `exclusive` bounds exclude `value` (draft-04 boolean and draft-06+ numeric forms). */
export interface Bound {
  value: number;
  exclusive: boolean;
}

/**
 * One schema node in a dialect-independent shape: draft differences (`const` vs `enum`, tuple `items`
 * vs `prefixItems`, `dependencies` vs `dependentRequired`/`dependentSchemas`, boolean vs numeric
 * `exclusiveMinimum`) are folded away so every rule sees the same thing. Child schemas stay raw and
 * are resolved lazily by the walker. The `*Key` fields remember the keyword the document used, so
 * pointers point at what the author wrote.
 */
export interface Norm {
  raw: SchemaObject;
  /** `false` for an unsatisfiable node (the `false` schema, or an empty type intersection). */
  satisfiable: boolean;
  /** Declared types; undefined = any. */
  types: TypeSet;
  /** Types the node can actually accept, narrowed by `enum`/`const` when present. */
  effectiveTypes: TypeSet;
  enum?: unknown[];
  minLength: number;
  maxLength: number;
  pattern?: string;
  format?: string;
  lower?: Bound;
  upper?: Bound;
  multipleOf?: number;
  properties: Record<string, JsonSchema>;
  required: string[];
  patternProperties: Record<string, JsonSchema>;
  /** Schema for properties matched by neither `properties` nor `patternProperties`; undefined = open. */
  additional?: JsonSchema;
  additionalKey: 'additionalProperties' | 'unevaluatedProperties';
  propertyNames?: JsonSchema;
  minProperties: number;
  maxProperties: number;
  dependentRequired: Record<string, string[]>;
  dependentSchemas: Record<string, JsonSchema>;
  dependentRequiredKey: 'dependentRequired' | 'dependencies';
  dependentSchemasKey: 'dependentSchemas' | 'dependencies';
  prefixItems: JsonSchema[];
  prefixKey: 'prefixItems' | 'items';
  /** Schema for array elements after the tuple prefix; undefined = any. */
  items?: JsonSchema;
  itemsKey: 'items' | 'additionalItems' | 'unevaluatedItems';
  contains?: JsonSchema;
  minContains: number;
  maxContains: number;
  minItems: number;
  maxItems: number;
  uniqueItems: boolean;
  /** `allOf` branches that could not be merged into this node. */
  allOf: JsonSchema[];
  /** Index of each such branch in the document's `allOf` (for pointers); -1 when nested deeper. */
  allOfOrigin: number[];
  union?: { kind: 'anyOf' | 'oneOf'; branches: JsonSchema[] };
  not?: JsonSchema;
  if?: JsonSchema;
  then?: JsonSchema;
  else?: JsonSchema;
}

export type Family = 'string' | 'number' | 'object' | 'array';

/** Whether a node can accept instances of a type family (numbers include integers). */
export function admitsFamily(norm: Norm, family: Family): boolean {
  const types = norm.effectiveTypes;
  if (family === 'number') return admits(types, 'integer') || admits(types, 'number');
  return admits(types, family);
}

export function bothAdmit(a: Norm, b: Norm, family: Family): boolean {
  return admitsFamily(a, family) && admitsFamily(b, family);
}
