/**
 * What the envelope's event-type property accepts: `type`, `const`, `enum`, `pattern`, `minLength`
 * and `maxLength` of its schema (after local `$ref`s), applied to one event name.
 */
import type { SchemaDoc } from '../model/repo.js';
import { getAtPointer, joinPointer } from '../util/json-pointer.js';
import { rejectedBy } from './regex.js';

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
  return {
    name,
    pointer: joinPointer('/properties', name),
    schema: followLocalRefs(envelope.json, properties[name] as Record<string, unknown>),
  };
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

/** Each name `schema` rejects, with the reason. */
export function rejections(schema: Record<string, unknown>, names: string[]): Map<string, string> {
  const reasons = new Map<string, string>();
  for (const name of names) {
    const reason = plainRejection(schema, name);
    if (reason) reasons.set(name, reason);
  }
  const { pattern } = schema;
  if (typeof pattern !== 'string') return reasons;
  const candidates = names.filter((name) => !reasons.has(name));
  try {
    for (const name of rejectedBy(pattern, candidates))
      reasons.set(name, `it does not match pattern ${JSON.stringify(pattern)}`);
  } catch (error) {
    for (const name of candidates)
      reasons.set(name, `pattern ${JSON.stringify(pattern)} cannot be applied: ${(error as Error).message}`);
  }
  return reasons;
}

function plainRejection(schema: Record<string, unknown>, name: string): string | undefined {
  const { type, const: constant, enum: allowed, minLength, maxLength } = schema;
  if (type !== undefined && !(type === 'string' || (Array.isArray(type) && type.includes('string'))))
    return `its type is ${JSON.stringify(type)}, not string`;
  if (constant !== undefined && constant !== name) return `it is const ${JSON.stringify(constant)}`;
  if (Array.isArray(allowed) && !allowed.includes(name)) return 'it is not in the enum';
  const length = [...name].length; // JSON Schema lengths count code points (2020-12 Validation §6.3.1)
  if (typeof maxLength === 'number' && length > maxLength) return `it is longer than maxLength ${maxLength}`;
  if (typeof minLength === 'number' && length < minLength) return `it is shorter than minLength ${minLength}`;
  return undefined;
}

function withoutRef(schema: Record<string, unknown>): Record<string, unknown> {
  const { $ref: _ref, ...rest } = schema;
  return rest;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
