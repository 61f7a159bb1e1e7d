import { canonical, dict, hasOwn, isObject, isSchema, type JsonSchema, type SchemaObject } from './json.js';
import { mergeSchemas } from './merge.js';
import type { Bound, Norm } from './norm.js';
import { admits, parseTypes, typeOfValue, type TypeSet } from './type-set.js';
import { isModernDraft, type Draft } from '../../schemas/drafts.js';

export type Deref = (schema: JsonSchema) => JsonSchema;
const MAX_FLATTEN_STEPS = 64;

/** Normalises one (already dereferenced) schema object; see {@link Norm}. */
export function normalize(raw: SchemaObject, draft: Draft, deref: Deref): Norm {
  const { merged, rest, origins } = flatten(raw, draft, deref);
  const norm = emptyNorm(raw);
  if (merged === false) return unsatisfiable(norm);
  const s = merged === true ? {} : merged;
  norm.types = parseTypes(s.type);
  norm.enum = readEnum(s, norm.types);
  norm.effectiveTypes = norm.enum ? effective(norm.enum) : norm.types;
  readScalarKeywords(s, norm);
  norm.allOf = rest;
  norm.allOfOrigin = origins;
  readObjectKeywords(s, norm);
  readArrayKeywords(s, norm);
  readApplicators(s, norm);
  norm.satisfiable = (norm.effectiveTypes?.length ?? 1) > 0;
  return norm;
}

/**
 * A Norm with every field present, so all Norms share one hidden class. Never build Norms with
 * object spread: spreading this many fields is ~100x slower in V8 than assigning them.
 */
export function emptyNorm(raw: SchemaObject): Norm {
  return {
    raw,
    satisfiable: true,
    types: undefined,
    effectiveTypes: undefined,
    enum: undefined,
    minLength: 0,
    maxLength: Infinity,
    pattern: undefined,
    format: undefined,
    lower: undefined,
    upper: undefined,
    multipleOf: undefined,
    properties: dict(),
    required: [],
    patternProperties: dict(),
    additional: undefined,
    additionalKey: 'additionalProperties',
    propertyNames: undefined,
    minProperties: 0,
    maxProperties: Infinity,
    dependentRequired: dict(),
    dependentSchemas: dict(),
    dependentRequiredKey: 'dependentRequired',
    dependentSchemasKey: 'dependentSchemas',
    prefixItems: [],
    prefixKey: 'prefixItems',
    items: undefined,
    itemsKey: 'items',
    contains: undefined,
    minContains: 1,
    maxContains: Infinity,
    minItems: 0,
    maxItems: Infinity,
    uniqueItems: false,
    allOf: [],
    allOfOrigin: [],
    union: undefined,
    not: undefined,
    if: undefined,
    then: undefined,
    else: undefined,
  };
}

export function unsatisfiable(norm: Norm): Norm {
  norm.satisfiable = false;
  norm.types = [];
  norm.effectiveTypes = [];
  return norm;
}

function readScalarKeywords(s: SchemaObject, norm: Norm): void {
  const integerOnly = norm.effectiveTypes?.every((t) => t === 'integer') ?? false;
  norm.minLength = num(s.minLength, 0);
  norm.maxLength = num(s.maxLength, Infinity);
  norm.pattern = typeof s.pattern === 'string' ? s.pattern : undefined;
  norm.format = typeof s.format === 'string' ? s.format : undefined;
  norm.lower = lowerBound(s, integerOnly);
  norm.upper = upperBound(s, integerOnly);
  norm.multipleOf = typeof s.multipleOf === 'number' && s.multipleOf > 0 ? s.multipleOf : undefined;
}

/**
 * Folds `allOf` branches, single-branch `anyOf`/`oneOf` and (2019-09+) `$ref` siblings into one
 * schema where a plain merge keeps the meaning; what cannot be merged stays as `allOf` branches.
 */
function flatten(
  raw: SchemaObject,
  draft: Draft,
  deref: Deref,
): { merged: JsonSchema; rest: JsonSchema[]; origins: number[] } {
  let merged: JsonSchema = true;
  // Each queued schema remembers its index in the node's own `allOf` (-1 when nested deeper).
  const queue: Array<[JsonSchema, number]> = [[raw, -1]];
  const rest: JsonSchema[] = [];
  const origins: number[] = [];
  const seen = new Set<string>();
  for (let step = 0; queue.length > 0 && step < MAX_FLATTEN_STEPS; step++) {
    const [next, origin] = queue.shift() as [JsonSchema, number];
    if (typeof next === 'boolean') {
      merged = next ? merged : false;
      continue;
    }
    const { own, branches } = splitBranches(next, draft, deref);
    branches.forEach((b, i) => {
      if (!seen.has(canonical(b)) && seen.add(canonical(b)))
        queue.push([b, next === raw && i < ownAllOfLength(raw) ? i : -1]);
    });
    const attempt = mergeSchemas(merged, own);
    if (attempt === undefined) {
      rest.push(own);
      origins.push(origin);
    } else merged = attempt;
  }
  return { merged, rest, origins };
}

function ownAllOfLength(raw: SchemaObject): number {
  return Array.isArray(raw.allOf) ? raw.allOf.length : 0;
}

function splitBranches(node: SchemaObject, draft: Draft, deref: Deref): { own: SchemaObject; branches: JsonSchema[] } {
  const own: SchemaObject = { ...node };
  const branches: JsonSchema[] = [];
  if (Array.isArray(own.allOf)) branches.push(...own.allOf.filter(isSchema).map(deref));
  delete own.allOf;
  for (const kind of ['anyOf', 'oneOf'] as const) {
    const list = own[kind];
    const unique = Array.isArray(list) ? uniqueBranches(list) : [];
    const sole = unique.length === 1 ? unique[0] : undefined;
    if (sole !== undefined) {
      branches.push(deref(sole));
      delete own[kind];
    }
  }
  if (typeof own.$ref === 'string') {
    if (isModernDraft(draft)) branches.push(deref({ $ref: own.$ref }));
    delete own.$ref;
  }
  return { own, branches };
}

function uniqueBranches(list: unknown[]): JsonSchema[] {
  const seen = new Set<string>();
  return list.filter(isSchema).filter((b) => !seen.has(canonical(b)) && seen.add(canonical(b)) !== undefined);
}

function readEnum(s: SchemaObject, declared: TypeSet): unknown[] | undefined {
  let values: unknown[] | undefined = Array.isArray(s.enum) ? s.enum : undefined;
  if (hasOwn(s, 'const')) values = values ? values.filter((v) => canonical(v) === canonical(s.const)) : [s.const];
  return values?.filter((v) => admits(declared, typeOfValue(v)));
}

function effective(values: unknown[]): TypeSet {
  return [...new Set(values.map(typeOfValue))].sort();
}

function num(value: unknown, fallback: number): number {
  return typeof value === 'number' ? value : fallback;
}

/** Tightest lower bound of `minimum`/`exclusiveMinimum` in either draft form (draft-04 §5.1.3). */
function lowerBound(s: SchemaObject, integerOnly: boolean): Bound | undefined {
  const candidates: Bound[] = [];
  if (typeof s.minimum === 'number') candidates.push({ value: s.minimum, exclusive: s.exclusiveMinimum === true });
  if (typeof s.exclusiveMinimum === 'number') candidates.push({ value: s.exclusiveMinimum, exclusive: true });
  const best = candidates.sort((a, b) => b.value - a.value || Number(b.exclusive) - Number(a.exclusive))[0];
  if (!best || !integerOnly) return best;
  return { value: best.exclusive ? Math.floor(best.value) + 1 : Math.ceil(best.value), exclusive: false };
}

function upperBound(s: SchemaObject, integerOnly: boolean): Bound | undefined {
  const candidates: Bound[] = [];
  if (typeof s.maximum === 'number') candidates.push({ value: s.maximum, exclusive: s.exclusiveMaximum === true });
  if (typeof s.exclusiveMaximum === 'number') candidates.push({ value: s.exclusiveMaximum, exclusive: true });
  const best = candidates.sort((a, b) => a.value - b.value || Number(b.exclusive) - Number(a.exclusive))[0];
  if (!best || !integerOnly) return best;
  return { value: best.exclusive ? Math.ceil(best.value) - 1 : Math.floor(best.value), exclusive: false };
}

/** Name -> subschema, as a prototype-free {@link dict}: names like "constructor" are data. */
function schemaMap(value: unknown): Record<string, JsonSchema> {
  if (!isObject(value)) return dict();
  return dict(Object.entries(value).filter((e): e is [string, JsonSchema] => isSchema(e[1])));
}

function readObjectKeywords(s: SchemaObject, norm: Norm): void {
  norm.properties = schemaMap(s.properties);
  norm.required = Array.isArray(s.required) ? [...new Set(s.required.filter((r) => typeof r === 'string'))] : [];
  norm.patternProperties = schemaMap(s.patternProperties);
  const additional = isSchema(s.additionalProperties) ? s.additionalProperties : undefined;
  // unevaluatedProperties is read as additionalProperties: exact only when no applicator evaluates
  // properties (2020-12 Core §11.3); good enough for the flat payload objects evt governs.
  norm.additional = additional ?? (isSchema(s.unevaluatedProperties) ? s.unevaluatedProperties : undefined);
  norm.additionalKey =
    additional === undefined && hasOwn(s, 'unevaluatedProperties') ? 'unevaluatedProperties' : 'additionalProperties';
  norm.propertyNames = isSchema(s.propertyNames) ? s.propertyNames : undefined;
  norm.minProperties = num(s.minProperties, 0);
  norm.maxProperties = num(s.maxProperties, Infinity);
  readDependencies(s, norm);
}

function readDependencies(s: SchemaObject, norm: Norm): void {
  if (s.dependencies === undefined && s.dependentRequired === undefined && s.dependentSchemas === undefined) return;
  const sources: Array<[string, unknown]> = [
    ['dependencies', s.dependencies],
    ['dependentRequired', s.dependentRequired],
    ['dependentSchemas', s.dependentSchemas],
  ];
  for (const [key, value] of sources) {
    if (!isObject(value)) continue;
    for (const [name, dep] of Object.entries(value)) {
      if (Array.isArray(dep)) {
        norm.dependentRequired[name] = dep.filter((d): d is string => typeof d === 'string');
        if (key === 'dependencies') norm.dependentRequiredKey = 'dependencies';
      } else if (isSchema(dep)) {
        norm.dependentSchemas[name] = dep;
        if (key === 'dependencies') norm.dependentSchemasKey = 'dependencies';
      }
    }
  }
}

function readArrayKeywords(s: SchemaObject, norm: Norm): void {
  if (Array.isArray(s.items)) {
    norm.prefixItems = s.items.filter(isSchema);
    norm.prefixKey = 'items';
    norm.items = isSchema(s.additionalItems) ? s.additionalItems : undefined;
    norm.itemsKey = 'additionalItems';
  } else {
    norm.prefixItems = Array.isArray(s.prefixItems) ? s.prefixItems.filter(isSchema) : [];
    norm.items = isSchema(s.items) ? s.items : undefined;
    // `additionalItems` without a tuple `items` is inert by the spec (and gone in 2020-12, where lint
    // reports it as unknown); evt reads it literally, as the rest of an empty tuple, like Confluent
    // does, in every draft: undeclared documents are 2020-12 (schemas/drafts.ts) and Confluent's
    // undeclared cases expect the literal reading. See docs/conformance.md.
    if (norm.items === undefined && isSchema(s.additionalItems)) {
      norm.items = s.additionalItems;
      norm.itemsKey = 'additionalItems';
    }
  }
  if (norm.items === undefined && isSchema(s.unevaluatedItems)) {
    norm.items = s.unevaluatedItems;
    norm.itemsKey = 'unevaluatedItems';
  }
  norm.contains = isSchema(s.contains) ? s.contains : undefined;
  norm.minContains = num(s.minContains, 1);
  norm.maxContains = num(s.maxContains, Infinity);
  norm.minItems = num(s.minItems, 0);
  norm.maxItems = num(s.maxItems, Infinity);
  norm.uniqueItems = s.uniqueItems === true;
}

function readApplicators(s: SchemaObject, norm: Norm): void {
  const oneOf = Array.isArray(s.oneOf) ? s.oneOf.filter(isSchema) : undefined;
  const anyOf = Array.isArray(s.anyOf) ? uniqueBranches(s.anyOf) : undefined;
  if (oneOf && oneOf.length > 1) {
    norm.union = { kind: 'oneOf', branches: oneOf };
    if (anyOf) norm.allOf.push({ anyOf });
  } else if (anyOf && anyOf.length > 1) {
    norm.union = { kind: 'anyOf', branches: anyOf };
  }
  norm.not = isSchema(s.not) ? s.not : undefined;
  norm.if = isSchema(s.if) ? s.if : undefined;
  norm.then = isSchema(s.then) ? s.then : undefined;
  norm.else = isSchema(s.else) ? s.else : undefined;
}
