/**
 * Whether a schema accepts no instance at all, for the shape real repos get wrong: a closed object
 * (`additionalProperties: false`) whose properties are declared only inside `oneOf`/`anyOf`/`allOf`
 * branches. The closed root rejects every key its own `properties` do not declare, so a branch
 * that requires such a key can never pass, and when every alternative needs one (or one `allOf`
 * branch does) nothing is accepted. A small structural check with one question and a reason; the
 * rule (schema-accepts-nothing) confirms each verdict with ajv on candidate witnesses and stays
 * silent when one is accepted.
 */

type Json = Record<string, unknown>;

export interface Emptiness {
  /** Why nothing is accepted, in words. */
  reason: string;
  /** Instances that would pass if the verdict were wrong: one per branch, built from what it requires. */
  candidates: unknown[];
}

/** Why `schema` accepts nothing, or undefined when this check finds no such reason. */
export function emptiness(schema: unknown): Emptiness | undefined {
  if (!isObject(schema) || schema.additionalProperties !== false || schema.type !== 'object') return undefined;
  if (schema.patternProperties !== undefined || schema.$ref !== undefined) return undefined;
  const declared = new Set(Object.keys(isObject(schema.properties) ? schema.properties : {}));
  const blocked = (branch: unknown): string | undefined =>
    isObject(branch) && Array.isArray(branch.required)
      ? branch.required.find((name): name is string => typeof name === 'string' && !declared.has(name))
      : undefined;
  const candidates = (branches: unknown[]): unknown[] => [{}, ...branches.map(candidateFor)];
  for (const keyword of ['oneOf', 'anyOf'] as const) {
    const branches = schema[keyword];
    if (!Array.isArray(branches) || branches.length === 0) continue;
    const keys = branches.map(blocked);
    if (keys.every((key) => key !== undefined))
      return {
        reason: `additionalProperties is false and the root declares none of ${list(keys as string[])}, which every ${keyword} branch requires: no object passes`,
        candidates: candidates(branches),
      };
  }
  const all = Array.isArray(schema.allOf) ? schema.allOf : [];
  const key = all.map(blocked).find((k) => k !== undefined);
  if (key !== undefined)
    return {
      reason: `additionalProperties is false and the root does not declare "${key}", which an allOf branch requires: no object passes`,
      candidates: candidates(all),
    };
  return undefined;
}

/** An object with the branch's required keys, each a value of the type its branch property declares. */
function candidateFor(branch: unknown): unknown {
  if (!isObject(branch)) return {};
  const properties = isObject(branch.properties) ? branch.properties : {};
  const out: Json = {};
  for (const name of Array.isArray(branch.required) ? branch.required : [])
    if (typeof name === 'string') out[name] = sample(properties[name]);
  return out;
}

function sample(schema: unknown): unknown {
  if (!isObject(schema)) return null;
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum[0];
  if ('const' in schema) return schema.const;
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  return (
    { string: 'x', integer: 0, number: 0, boolean: false, array: [], object: {}, null: null }[String(type)] ?? null
  );
}

function list(keys: string[]): string {
  return [...new Set(keys)].map((k) => `"${k}"`).join(', ');
}

function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
