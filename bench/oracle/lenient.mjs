// The lenient policy, as the judge models it. docs/COMPATIBILITY.md: lenient "assumes events never
// carried undeclared members". So an event written under a schema carries, at every object in it,
// only members that schema declares there, in any subschema that can apply at that place (through
// $ref, allOf, the anyOf/oneOf branches that accept the value, then or else as `if` decides,
// dependentSchemas whose member is present; `not` and `if` declare nothing):
//   - names in `properties`, and names matched by `patternProperties`;
//   - any other name when `additionalProperties` is a schema that constrains its members (a map
//     such as `{type: integer}` declares typed members);
//   - nothing more when the rest is open (`additionalProperties` absent, `true` or `{}`) or closed.
// So under lenient a break needs a witness that the writing side accepts and that carries only
// members the writing side declares; the reading side validates it as ajv does.
import { isSchemaObject, resolveRef, tupleOf } from './schema-walk.mjs';

/**
 * `(payload) => boolean`: does the payload carry only members `root` declares where they are?
 * `compile` (ajv, from validate.mjs) decides which conditional subschemas apply to a value: an
 * anyOf/oneOf branch only where it accepts the value, `then` only where `if` does, `else` only where
 * it does not, a dependent schema only where its member is present. Without that, a member one
 * branch declares would count as declared for a value another branch accepted.
 */
export function declaredMembersOnly(root, compile) {
  const compiled = new Map();
  // A subschema compiled alone, with the root's definitions beside it so local $refs resolve;
  // when ajv cannot compile it so, the subschema is taken to apply (the looser reading).
  const accepts = (schema, value) => {
    if (schema === true || schema === undefined) return true;
    if (schema === false) return false;
    if (!compiled.has(schema)) {
      const alone = { ...schema };
      for (const key of ['$schema', '$defs', 'definitions'])
        if (root && typeof root === 'object' && root[key] !== undefined && alone[key] === undefined)
          alone[key] = root[key];
      compiled.set(schema, compile ? compile(alone) : null);
    }
    const validate = compiled.get(schema);
    return validate ? validate(value) : true;
  };
  const expand = (schemas, value) => {
    const out = [];
    const seen = new Set();
    const visit = (schema, depth) => {
      if (!isSchemaObject(schema) || seen.has(schema) || depth > 20) return;
      seen.add(schema);
      out.push(schema);
      if (typeof schema.$ref === 'string') visit(resolveRef(root, schema.$ref), depth + 1);
      if (Array.isArray(schema.allOf)) for (const branch of schema.allOf) visit(branch, depth + 1);
      for (const key of ['anyOf', 'oneOf'])
        if (Array.isArray(schema[key]))
          for (const branch of schema[key]) if (accepts(branch, value)) visit(branch, depth + 1);
      if (schema.if !== undefined) visit(accepts(schema.if, value) ? schema.then : schema.else, depth + 1);
      const present = (name) => isSchemaObject(value) && Object.hasOwn(value, name);
      for (const key of ['dependentSchemas', 'dependencies'])
        if (isSchemaObject(schema[key]))
          for (const [name, branch] of Object.entries(schema[key]))
            if (!Array.isArray(branch) && present(name)) visit(branch, depth + 1);
    };
    for (const schema of schemas) visit(schema, 0);
    return out;
  };
  const conforms = (schemas, value, depth) => {
    if (depth > 30) return true;
    const here = expand(schemas, value);
    if (Array.isArray(value)) {
      return value.every((item, index) => {
        const children = [];
        for (const schema of here) {
          const { prefix, rest } = tupleOf(schema);
          const child = index < prefix.length ? prefix[index] : rest;
          if (child !== undefined) children.push(child);
        }
        return conforms(children, item, depth + 1);
      });
    }
    if (!isSchemaObject(value)) return true;
    for (const [name, member] of Object.entries(value)) {
      const children = [];
      let declared = false;
      for (const schema of here) {
        if (isSchemaObject(schema.properties) && Object.hasOwn(schema.properties, name)) {
          declared = true;
          children.push(schema.properties[name]);
        }
        if (isSchemaObject(schema.patternProperties))
          for (const [pattern, child] of Object.entries(schema.patternProperties))
            if (safeTest(pattern, name)) {
              declared = true;
              children.push(child);
            }
      }
      if (!declared)
        for (const schema of here)
          if (constrains(schema.additionalProperties) && !namedBy(schema, name)) {
            declared = true;
            children.push(schema.additionalProperties);
          }
      if (!declared || !conforms(children, member, depth + 1)) return false;
    }
    return true;
  };
  return (payload) => conforms([root], payload, 0);
}

const ANNOTATIONS = new Set([
  'title',
  'description',
  '$comment',
  'examples',
  'default',
  'deprecated',
  'readOnly',
  'writeOnly',
]);

/** A rest schema that types its members, as opposed to an open rest (`true`, `{}`, annotations). */
function constrains(rest) {
  return isSchemaObject(rest) && Object.keys(rest).some((key) => !ANNOTATIONS.has(key));
}

/** Is `name` covered by this subschema's properties or patternProperties (so not by its rest)? */
function namedBy(schema, name) {
  if (isSchemaObject(schema.properties) && Object.hasOwn(schema.properties, name)) return true;
  return (
    isSchemaObject(schema.patternProperties) &&
    Object.keys(schema.patternProperties).some((pattern) => safeTest(pattern, name))
  );
}

function safeTest(pattern, text) {
  try {
    return new RegExp(pattern, 'u').test(text);
  } catch {
    return false;
  }
}
