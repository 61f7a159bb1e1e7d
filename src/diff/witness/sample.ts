import { hasOwn, isObject, own, setOwn, type JsonSchema, type SchemaObject } from '../engine/json.js';
import { mergeSchemas } from '../engine/merge.js';
import type { PathSegment } from '../engine/pair.js';
import { sampleFromPattern } from './regex-sample.js';
import type { Resolver } from '../engine/resolve.js';
import { asSchemaDocument } from '../engine/sanitize.js';
import { parseTypes, type JsonType } from '../engine/type-set.js';

const FORMATS: Record<string, string> = {
  'date-time': '2024-01-01T00:00:00Z',
  date: '2024-01-01',
  time: '00:00:00Z',
  email: 'a@example.com',
  'idn-email': 'a@example.com',
  uri: 'https://example.com',
  'uri-reference': '/a',
  iri: 'https://example.com',
  hostname: 'example.com',
  ipv4: '192.0.2.1',
  ipv6: '2001:db8::1',
  uuid: '00000000-0000-4000-8000-000000000000',
  duration: 'P1D',
  regex: 'a',
  'json-pointer': '/a',
};
const TYPE_ORDER: JsonType[] = ['object', 'string', 'integer', 'number', 'boolean', 'array', 'null'];
const MAX_DEPTH = 24;
/** Subschemas sampled per call: keeps schemas whose members require the whole again linear. */
const MAX_NODES = 2_000;

interface Sampling {
  resolver: Resolver;
  nodes: number;
  /** Schemas being sampled further up for a member not on the path (a self-reference). */
  active: Set<object>;
}

/**
 * A small instance of a schema: required members only, minimal lengths, the first enum value.
 * With `path`, the members/elements along it are included even when optional, so a witness can
 * be placed there. Best effort; callers verify with ajv. Undefined when there is none (a `false`
 * schema) or the sampler gave up: a member that requires the schema it sits in again (`$ref: "#"`),
 * or more than {@link MAX_NODES} subschemas.
 */
export function sampleInstance(resolver: Resolver, schema: JsonSchema, path: PathSegment[] = []): unknown {
  return sample({ resolver, nodes: 0, active: new Set() }, asSchemaDocument(schema), path, 0);
}

function sample(ctx: Sampling, schema: JsonSchema, path: PathSegment[], depth: number): unknown {
  if (depth > MAX_DEPTH || ++ctx.nodes > MAX_NODES) return undefined;
  const start = ctx.resolver.deref({ schema, pointer: '', base: ctx.resolver.rootBase }).schema;
  // Off the path a schema met again inside itself recurses for ever: a finite instance has no such member.
  if (isObject(start) && path.length === 0) {
    if (ctx.active.has(start)) return undefined;
    ctx.active.add(start);
  }
  try {
    return sampleFlat(ctx, flatten(ctx.resolver, start), path, depth);
  } finally {
    if (isObject(start) && path.length === 0) ctx.active.delete(start);
  }
}

function sampleFlat(ctx: Sampling, s: JsonSchema, path: PathSegment[], depth: number): unknown {
  if (s === false) return undefined;
  if (s === true) return path.length > 0 ? (typeof path[0] === 'number' ? [] : {}) : null;
  if (hasOwn(s, 'const')) return s.const;
  if (Array.isArray(s.enum) && s.enum.length > 0) return s.enum[0];
  const union = (Array.isArray(s.oneOf) ? s.oneOf : Array.isArray(s.anyOf) ? s.anyOf : undefined) as
    | JsonSchema[]
    | undefined;
  const first = union?.[0];
  if (first !== undefined) {
    const { oneOf: _o, anyOf: _a, ...siblings } = s;
    return sample(ctx, mergeSchemas(siblings, first) ?? first, path, depth + 1);
  }
  const type = pickType(s, path);
  if (type === 'object') return sampleObject(ctx, s, path, depth);
  if (type === 'array') return sampleArray(ctx, s, path, depth);
  if (type === 'string') return sampleString(s);
  if (type === 'integer' || type === 'number') return sampleNumber(s, type);
  return type === 'boolean' ? true : null;
}

function flatten(resolver: Resolver, schema: JsonSchema): JsonSchema {
  let s = resolver.deref({ schema, pointer: '', base: resolver.rootBase }).schema;
  for (let i = 0; i < 8 && isObject(s) && (Array.isArray(s.allOf) || typeof s.$ref === 'string'); i++) {
    const { allOf, $ref, ...siblings } = s;
    const parts = [
      ...(Array.isArray(allOf) ? (allOf as JsonSchema[]) : []),
      ...(typeof $ref === 'string' ? [{ $ref }] : []),
    ];
    s = parts
      .map((p) => resolver.deref({ schema: p, pointer: '', base: resolver.rootBase }).schema)
      .reduce<JsonSchema>((acc, p) => mergeSchemas(acc, p) ?? acc, siblings);
  }
  return s;
}

function pickType(s: SchemaObject, path: PathSegment[]): JsonType {
  const types = parseTypes(s.type) ?? inferTypes(s);
  if (path.length > 0) return typeof path[0] === 'number' ? 'array' : 'object';
  return TYPE_ORDER.find((t) => types.includes(t)) ?? (types.includes('number') ? 'number' : 'null');
}

function inferTypes(s: SchemaObject): JsonType[] {
  const has = (...keywords: string[]) => keywords.some((k) => hasOwn(s, k));
  if (has('properties', 'required', 'additionalProperties')) return ['object'];
  if (has('items', 'prefixItems')) return ['array'];
  if (has('pattern', 'minLength', 'format')) return ['string'];
  if (has('minimum', 'maximum', 'multipleOf')) return ['number'];
  return ['null'];
}

function memberSchema(s: SchemaObject, key: string): JsonSchema {
  const declared = isObject(s.properties) ? own(s.properties, key) : undefined;
  if (declared !== undefined) return declared as JsonSchema;
  const patterns = isObject(s.patternProperties) ? s.patternProperties : {};
  const hit = Object.keys(patterns).find((p) => sampleFromPattern(p) === key);
  if (hit) return patterns[hit] as JsonSchema;
  return (s.additionalProperties ?? s.unevaluatedProperties ?? true) as JsonSchema;
}

function keyFor(segment: PathSegment): string {
  if (typeof segment === 'string') return segment;
  if (typeof segment === 'object' && 'pattern' in segment) return sampleFromPattern(segment.pattern) ?? 'x';
  return 'x_evt_extra';
}

function sampleObject(ctx: Sampling, s: SchemaObject, path: PathSegment[], depth: number): unknown {
  const out: Record<string, unknown> = {};
  const required = Array.isArray(s.required) ? s.required.filter((r): r is string => typeof r === 'string') : [];
  const [head] = path;
  const forced = head === undefined ? undefined : keyFor(head);
  for (const key of new Set([...required, ...(forced === undefined ? [] : [forced])])) {
    const value = sample(ctx, memberSchema(s, key), key === forced ? path.slice(1) : [], depth + 1);
    if (value !== undefined) setOwn(out, key, value); // a member may be called "__proto__"
  }
  return out;
}

function sampleArray(ctx: Sampling, s: SchemaObject, path: PathSegment[], depth: number): unknown {
  const prefix = (Array.isArray(s.prefixItems) ? s.prefixItems : Array.isArray(s.items) ? s.items : []) as JsonSchema[];
  const rest = (Array.isArray(s.items) ? s.additionalItems : s.items) as JsonSchema | undefined;
  const index = path.length > 0 && typeof path[0] === 'number' ? path[0] : -1;
  const length = Math.max(typeof s.minItems === 'number' ? Math.min(s.minItems, 8) : 0, index + 1);
  const out: unknown[] = [];
  for (let i = 0; i < length; i++) {
    const value = sample(ctx, prefix[i] ?? rest ?? true, i === index ? path.slice(1) : [], depth + 1);
    out.push(value === undefined ? null : value);
  }
  return out;
}

function sampleString(s: SchemaObject): string {
  const formatted = typeof s.format === 'string' ? own(FORMATS, s.format) : undefined;
  if (formatted !== undefined) return formatted;
  const fromPattern = typeof s.pattern === 'string' ? sampleFromPattern(s.pattern) : undefined;
  const base = fromPattern ?? 'a';
  const min = typeof s.minLength === 'number' ? Math.min(s.minLength, 64) : 0;
  return base.length >= min || fromPattern !== undefined ? base : base.padEnd(min, 'a');
}

function sampleNumber(s: SchemaObject, type: 'integer' | 'number'): number {
  const step = typeof s.multipleOf === 'number' ? s.multipleOf : 1;
  const low =
    typeof s.minimum === 'number'
      ? s.minimum
      : typeof s.exclusiveMinimum === 'number'
        ? s.exclusiveMinimum + step
        : undefined;
  const high =
    typeof s.maximum === 'number'
      ? s.maximum
      : typeof s.exclusiveMaximum === 'number'
        ? s.exclusiveMaximum - step
        : undefined;
  let value =
    low !== undefined
      ? Math.ceil(low / step) * step
      : high !== undefined
        ? Math.min(0, Math.floor(high / step) * step)
        : 0;
  if (s.exclusiveMinimum === true && value === low) value += step;
  return type === 'integer' ? Math.ceil(value) : value;
}
