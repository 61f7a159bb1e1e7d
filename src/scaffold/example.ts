/**
 * A deterministic example payload generated from a payload schema: required properties only,
 * each the smallest value its keywords allow. The caller validates it with ajv before writing it.
 */
import { getAtPointer } from '../util/json-pointer.js';
import { stringMatching } from './pattern-example.js';

type Schema = Record<string, unknown>;

/** Stable sample values per string format (a fixed instant, not "now": output must be reproducible). */
const FORMAT_SAMPLES: Record<string, string> = {
  'date-time': '2026-01-01T00:00:00Z',
  date: '2026-01-01',
  time: '00:00:00Z',
  uuid: '00000000-0000-4000-8000-000000000000',
  email: 'someone@example.com',
  uri: 'https://example.com/',
  'uri-reference': 'https://example.com/',
  hostname: 'example.com',
  ipv4: '192.0.2.1',
  ipv6: '2001:db8::1',
  duration: 'PT1M',
};

export function exampleFor(schema: Schema, root: Schema = schema, depth = 0): unknown {
  if (depth > 16) return undefined;
  if (typeof schema.$ref === 'string' && schema.$ref.startsWith('#')) {
    const target = getAtPointer(root, decodeURIComponent(schema.$ref.slice(1)));
    return target && typeof target === 'object' ? exampleFor(target as Schema, root, depth + 1) : undefined;
  }
  if ('const' in schema) return schema.const;
  if (Array.isArray(schema.enum) && schema.enum.length) return schema.enum[0];
  if ('default' in schema) return schema.default;
  for (const key of ['allOf', 'anyOf', 'oneOf'] as const) {
    const first = (schema[key] as Schema[] | undefined)?.[0];
    if (first) return exampleFor(first, root, depth + 1);
  }
  const type = Array.isArray(schema.type) ? (schema.type.find((t) => t !== 'null') ?? schema.type[0]) : schema.type;
  return exampleOfType(type ?? (schema.properties ? 'object' : undefined), schema, root, depth);
}

function exampleOfType(type: unknown, schema: Schema, root: Schema, depth: number): unknown {
  switch (type) {
    case 'object':
      return objectExample(schema, root, depth);
    case 'array':
      return Array.from({ length: Number(schema.minItems ?? 0) }, () =>
        exampleFor((schema.items as Schema | undefined) ?? {}, root, depth + 1),
      );
    case 'string':
      return stringExample(schema);
    case 'integer':
      return Math.ceil(
        Number(schema.minimum ?? (typeof schema.exclusiveMinimum === 'number' ? schema.exclusiveMinimum + 1 : 0)),
      );
    case 'number':
      return Number(schema.minimum ?? 0);
    case 'boolean':
      return false;
    case 'null':
      return null;
    default:
      return {};
  }
}

function objectExample(schema: Schema, root: Schema, depth: number): Record<string, unknown> {
  const properties = (schema.properties ?? {}) as Record<string, Schema>;
  const required = Array.isArray(schema.required) ? (schema.required as string[]) : [];
  const out: Record<string, unknown> = {};
  for (const [name, sub] of Object.entries(properties))
    if (required.includes(name)) out[name] = exampleFor(sub, root, depth + 1);
  return out;
}

function stringExample(schema: Schema): string {
  const format = typeof schema.format === 'string' ? FORMAT_SAMPLES[schema.format] : undefined;
  if (format) return format;
  const fromPattern = typeof schema.pattern === 'string' ? stringMatching(schema.pattern) : undefined;
  const base = fromPattern ?? 'example';
  const min = Number(schema.minLength ?? 0);
  const max = Number(schema.maxLength ?? Infinity);
  return (base.length < min ? base.padEnd(min, 'x') : base).slice(0, max);
}
