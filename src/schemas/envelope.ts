/**
 * What the envelope's event-type property accepts: `type`, `const`, `enum`, `pattern`, `minLength`
 * and `maxLength` of its schema (after local `$ref`s), applied to one event name.
 */
import type { SchemaDoc } from '../model/repo.js';
import { getAtPointer } from '../util/pointer.js';
import { boundedRegExp } from './regex.js';
import { escape } from './walk.js';

/** Envelope fields that carry the event name, in the order they are looked for. */
export const EVENT_TYPE_FIELDS = ['event_type', 'eventType', 'event_name', 'eventName', 'type'] as const;
const MAX_REF_HOPS = 16;

export interface EventTypeProperty {
  name: string;
  pointer: string;
  schema: Record<string, unknown>;
}

export function eventTypeProperty(envelope: SchemaDoc): EventTypeProperty | undefined {
  const properties = getAtPointer(envelope.json, '/properties');
  if (!isObject(properties)) return undefined;
  const name = EVENT_TYPE_FIELDS.find((field) => isObject(properties[field]));
  if (!name) return undefined;
  return { name, pointer: `/properties/${escape(name)}`, schema: followLocalRefs(envelope.json, properties[name] as Record<string, unknown>) };
}

/** Follows same-document `$ref`s (bounded, so a cycle ends); other refs are left to the ref rules. */
function followLocalRefs(root: unknown, schema: Record<string, unknown>): Record<string, unknown> {
  let current = schema;
  for (let hop = 0; hop < MAX_REF_HOPS && typeof current.$ref === 'string' && current.$ref.startsWith('#/'); hop++) {
    const target = getAtPointer(root, decodeURIComponent(current.$ref.slice(1)));
    if (!isObject(target)) break;
    current = { ...target, ...withoutRef(current) };
  }
  return current;
}

/** Why `schema` rejects `name`, or undefined when it accepts it. */
export function rejection(schema: Record<string, unknown>, name: string): string | undefined {
  const { type, const: constant, enum: allowed, pattern, minLength, maxLength } = schema;
  if (type !== undefined && !(type === 'string' || (Array.isArray(type) && type.includes('string')))) return `its type is ${JSON.stringify(type)}, not string`;
  if (constant !== undefined && constant !== name) return `it is const ${JSON.stringify(constant)}`;
  if (Array.isArray(allowed) && !allowed.includes(name)) return 'it is not in the enum';
  const length = [...name].length; // JSON Schema lengths count code points (2020-12 Validation §6.3.1)
  if (typeof maxLength === 'number' && length > maxLength) return `it is longer than maxLength ${maxLength}`;
  if (typeof minLength === 'number' && length < minLength) return `it is shorter than minLength ${minLength}`;
  if (typeof pattern === 'string') return patternRejection(pattern, name);
  return undefined;
}

function patternRejection(pattern: string, name: string): string | undefined {
  try {
    return boundedRegExp(pattern, 'u').test(name) ? undefined : `it does not match pattern ${JSON.stringify(pattern)}`;
  } catch (error) {
    return `pattern ${JSON.stringify(pattern)} cannot be applied: ${(error as Error).message}`;
  }
}

function withoutRef(schema: Record<string, unknown>): Record<string, unknown> {
  const { $ref: _ref, ...rest } = schema;
  return rest;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
