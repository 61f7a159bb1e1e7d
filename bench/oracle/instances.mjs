// Candidate payloads for the witness search: (1) a generator that follows a schema, so candidates
// land inside the accepting side's set where breaks live; (2) boundary values taken from both
// schemas' own constants, since narrowing and widening happen at bounds; (3) random walks that edit
// accepted payloads one step at a time, to reach the edges of the set the generator misses.
// None of this decides acceptance: every candidate is judged by ajv.
import { literalAlphabet, parsePattern, samplePattern } from './regex.mjs';
import { everyNode, isSchemaObject, resolveRef, tupleOf } from './schema-walk.mjs';

const FORMAT_SAMPLES = {
  'date-time': ['2024-05-06T07:08:09Z', '2024-05-06T07:08:09.5+02:00'],
  date: ['2024-05-06'],
  time: ['07:08:09Z'],
  email: ['ops@example.com', 'a@b.co'],
  uuid: ['123e4567-e89b-12d3-a456-426614174000'],
  ipv4: ['10.1.2.3'],
  ipv6: ['::1'],
  uri: ['https://example.com/x'],
  hostname: ['example.com'],
};
const BASICS = [null, true, false, 0, 1, -1, 0.5, 2, 100, '', 'a', 'abc', [], {}];
const TYPES = ['null', 'boolean', 'integer', 'number', 'string', 'array', 'object'];

/**
 * A generator of payloads for `root`. `vocabulary`: member names of both schemas, used for the
 * undeclared members an open object may carry (strict policy). `withUndeclared`: whether to add
 * them at all (off for the lenient search, whose writers never carry them).
 */
export function createInstanceGenerator(root, random, { vocabulary, withUndeclared }) {
  const patternCache = new Map();
  const patternAst = (pattern) => {
    if (!patternCache.has(pattern)) patternCache.set(pattern, parsePattern(pattern));
    return patternCache.get(pattern);
  };

  /** Folds $ref, allOf, one anyOf/oneOf branch and one if/then/else arm into one flat schema. */
  const flatten = (schema, depth) => {
    if (!isSchemaObject(schema) || depth > 8) return isSchemaObject(schema) ? schema : {};
    let flat = { ...schema };
    if (typeof flat.$ref === 'string') {
      const target = resolveRef(root, flat.$ref);
      delete flat.$ref;
      flat = merge(flat, flatten(target, depth + 1));
    }
    if (Array.isArray(flat.allOf)) {
      const parts = flat.allOf;
      delete flat.allOf;
      for (const part of parts) flat = merge(flat, flatten(part, depth + 1));
    }
    for (const key of ['anyOf', 'oneOf']) {
      if (!Array.isArray(flat[key]) || flat[key].length === 0) continue;
      const branch = random.pick(flat[key]);
      delete flat[key];
      flat = merge(flat, flatten(branch, depth + 1));
    }
    if (isSchemaObject(flat.if) || flat.then || flat.else) {
      const [condition, then, otherwise] = [flat.if, flat.then, flat.else];
      delete flat.if;
      delete flat.then;
      delete flat.else;
      if (random.chance(0.5)) flat = merge(merge(flat, flatten(condition, depth + 1)), flatten(then, depth + 1));
      else flat = merge(flat, flatten(otherwise, depth + 1));
    }
    return flat;
  };

  const generate = (schema, depth) => {
    if (schema === false || schema === undefined || schema === true || depth > 6) return random.pick(BASICS);
    const flat = flatten(schema, 0);
    if (Object.hasOwn(flat, 'const') && random.chance(0.9)) return structuredClone(flat.const);
    if (Array.isArray(flat.enum) && flat.enum.length > 0 && random.chance(0.9))
      return structuredClone(random.pick(flat.enum));
    const type = pickType(flat);
    switch (type) {
      case 'null':
        return null;
      case 'boolean':
        return random.chance(0.5);
      case 'integer':
      case 'number':
        return generateNumber(flat, type);
      case 'string':
        return generateString(flat);
      case 'array':
        return generateArray(flat, depth);
      case 'object':
        return generateObject(flat, depth);
      default:
        return random.pick(BASICS);
    }
  };

  const pickType = (flat) => {
    const declared = Array.isArray(flat.type) ? flat.type : typeof flat.type === 'string' ? [flat.type] : undefined;
    if (declared && declared.length > 0) return random.pick(declared);
    if (flat.properties || flat.required || flat.patternProperties || flat.additionalProperties !== undefined)
      return 'object';
    if (flat.items !== undefined || flat.prefixItems) return 'array';
    if (flat.pattern || flat.format || flat.maxLength !== undefined || flat.minLength !== undefined) return 'string';
    if (flat.minimum !== undefined || flat.maximum !== undefined || flat.multipleOf !== undefined) return 'number';
    return random.pick(TYPES);
  };

  const generateNumber = (flat, type) => {
    const exclusiveLow = flat.exclusiveMinimum === true;
    const exclusiveHigh = flat.exclusiveMaximum === true;
    let low = typeof flat.minimum === 'number' ? flat.minimum : undefined;
    let high = typeof flat.maximum === 'number' ? flat.maximum : undefined;
    const step = typeof flat.multipleOf === 'number' ? flat.multipleOf : type === 'integer' ? 1 : undefined;
    const nudge = step ?? 0.5;
    if (typeof flat.exclusiveMinimum === 'number') low = Math.max(low ?? -Infinity, flat.exclusiveMinimum + nudge);
    else if (exclusiveLow && low !== undefined) low += nudge;
    if (typeof flat.exclusiveMaximum === 'number') high = Math.min(high ?? Infinity, flat.exclusiveMaximum - nudge);
    else if (exclusiveHigh && high !== undefined) high -= nudge;
    low ??= high !== undefined ? high - 20 : random.pick([-5, 0, 1]);
    high ??= low + random.pick([1, 10, 1000]);
    let value = random.weighted([
      [3, low],
      [3, high],
      [4, low + random.next() * (high - low)],
    ]);
    if (step) value = Math.ceil(value / step) * step;
    if (type === 'integer') value = Math.round(value);
    return Number(value.toFixed(6));
  };

  const generateString = (flat) => {
    const min = typeof flat.minLength === 'number' ? flat.minLength : 0;
    const bounded = typeof flat.maxLength === 'number';
    const max = bounded ? flat.maxLength : Math.max(min, 8);
    if (typeof flat.pattern === 'string') {
      const ast = patternAst(flat.pattern);
      const alphabet = literalAlphabet(flat.pattern);
      for (let tries = 0; tries < 6; tries++) {
        const text = ast
          ? samplePattern(ast, random)
          : Array.from({ length: random.between(min, Math.min(max, 12)) }, () => random.pick(alphabet)).join('');
        if (text.length >= min && (!bounded || text.length <= max)) return text;
      }
    }
    if (typeof flat.format === 'string' && FORMAT_SAMPLES[flat.format] && random.chance(0.85))
      return random.pick(FORMAT_SAMPLES[flat.format]);
    const length = random.weighted([
      [3, min],
      [3, max],
      [3, random.between(min, Math.max(min, Math.min(max, 40)))],
    ]);
    return Array.from({ length: Math.min(length, 300) }, () => random.pick(['a', 'b', 'x', 'Z', '1'])).join('');
  };

  const generateArray = (flat, depth) => {
    const { prefix, rest } = tupleOf(flat);
    const min = typeof flat.minItems === 'number' ? flat.minItems : 0;
    const maxRest = rest === false ? prefix.length : prefix.length + 3;
    const max = typeof flat.maxItems === 'number' ? Math.min(flat.maxItems, maxRest) : maxRest;
    const length = random.weighted([
      [2, min],
      [2, max],
      [2, Math.max(prefix.length, min)],
      [3, random.between(Math.min(min, max), Math.max(min, max))],
    ]);
    const items = [];
    for (let index = 0; index < length; index++) {
      const schema = index < prefix.length ? prefix[index] : rest;
      let item = generate(schema === undefined ? true : schema, depth + 1);
      if (flat.uniqueItems)
        for (let tries = 0; tries < 4 && items.some((other) => sameJson(other, item)); tries++)
          item = generate(schema === undefined ? true : schema, depth + 1);
      items.push(item);
    }
    return items;
  };

  const generateObject = (flat, depth) => {
    const properties = isSchemaObject(flat.properties) ? flat.properties : {};
    const required = Array.isArray(flat.required) ? flat.required : [];
    const names = Object.keys(properties);
    const take = random.weighted([
      [2, 'all'],
      [1, 'required'],
      [4, 'some'],
    ]);
    const chosen = new Set(required);
    for (const name of names) if (take === 'all' || (take === 'some' && random.chance(0.5))) chosen.add(name);
    const dependent = isSchemaObject(flat.dependentRequired) ? flat.dependentRequired : flat.dependencies;
    if (isSchemaObject(dependent))
      for (const [name, needs] of Object.entries(dependent))
        if (chosen.has(name) && Array.isArray(needs)) for (const need of needs) chosen.add(need);
    const value = {};
    for (const name of chosen) value[name] = generate(memberSchema(flat, name), depth + 1);
    if (isSchemaObject(flat.patternProperties) && random.chance(0.4)) {
      const pattern = random.pick(Object.keys(flat.patternProperties));
      const ast = patternAst(pattern);
      if (ast) {
        const name = samplePattern(ast, random);
        value[name] = generate(memberSchema(flat, name), depth + 1);
      }
    }
    const rest = flat.additionalProperties;
    const typedRest = isSchemaObject(rest) && Object.keys(rest).length > 0;
    // A typed rest declares members (a map), so both flavours add some; an open rest only the strict one.
    if ((typedRest || (withUndeclared && rest !== false)) && random.chance(0.35)) {
      const name = random.pick(vocabulary);
      if (!Object.hasOwn(value, name))
        value[name] = random.chance(0.5) ? random.pick(BASICS) : generate(memberSchema(flat, name), depth + 1);
    }
    if (typeof flat.maxProperties === 'number')
      for (const name of Object.keys(value))
        if (Object.keys(value).length > flat.maxProperties && !required.includes(name)) delete value[name];
    return value;
  };

  return { generate: () => generate(root, 0) };
}

/** The schema an object applies to one member: properties, matching patterns, else additionalProperties. */
function memberSchema(flat, name) {
  const parts = [];
  if (isSchemaObject(flat.properties) && Object.hasOwn(flat.properties, name)) parts.push(flat.properties[name]);
  if (isSchemaObject(flat.patternProperties))
    for (const [pattern, schema] of Object.entries(flat.patternProperties)) {
      try {
        if (new RegExp(pattern, 'u').test(name)) parts.push(schema);
      } catch {}
    }
  if (parts.length === 0 && flat.additionalProperties !== undefined) parts.push(flat.additionalProperties);
  if (parts.length === 0) return true;
  return parts.length === 1 ? parts[0] : { allOf: parts };
}

/** Merges two flat schemas the way allOf composes them, well enough to generate from. */
function merge(a, b) {
  if (!isSchemaObject(b)) return a;
  const out = { ...a };
  for (const [key, value] of Object.entries(b)) {
    if (!Object.hasOwn(out, key)) out[key] = value;
    else if (key === 'properties' && isSchemaObject(value) && isSchemaObject(out.properties)) {
      const merged = { ...out.properties };
      for (const [name, schema] of Object.entries(value))
        merged[name] = Object.hasOwn(merged, name) ? { allOf: [merged[name], schema] } : schema;
      out.properties = merged;
    } else if (key === 'required' && Array.isArray(value))
      out.required = [...new Set([...(out.required ?? []), ...value])];
    else if (key === 'type') {
      const left = [out.type].flat();
      const right = [value].flat();
      const both = left.filter((type) => right.includes(type) || (type === 'integer' && right.includes('number')));
      const extra = right.filter((type) => type === 'integer' && left.includes('number'));
      const types = [...new Set([...both, ...extra])];
      out.type = types.length > 0 ? types : value;
    } else if (key === 'minimum' || key === 'minLength' || key === 'minItems') out[key] = Math.max(out[key], value);
    else if (key === 'maximum' || key === 'maxLength' || key === 'maxItems') out[key] = Math.min(out[key], value);
    else out[key] = value;
  }
  return out;
}

/**
 * The values worth trying at a leaf: every constant either schema mentions, and its neighbours
 * (a bound, one past it, half a step past it; a string one longer than a length limit).
 */
export function interestingValues(schemas, { withBasics = true } = {}) {
  const values = withBasics ? [...BASICS, 1e9, -1e9, 1.5, 'x'.repeat(200)] : [];
  if (withBasics) for (const samples of Object.values(FORMAT_SAMPLES)) values.push(...samples);
  for (const schema of schemas)
    for (const node of everyNode(schema)) {
      if (!isSchemaObject(node)) continue;
      for (const key of ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf'])
        if (typeof node[key] === 'number') {
          const v = node[key];
          values.push(v, v - 1, v + 1, v - 0.5, v + 0.5, v * 3, v - 0.25, v + 0.25, -v);
        }
      for (const key of ['minLength', 'maxLength'])
        if (typeof node[key] === 'number')
          for (const length of [node[key] - 1, node[key], node[key] + 1])
            if (length >= 0) values.push('a'.repeat(length));
      if (Array.isArray(node.enum)) values.push(...node.enum);
      if (Object.hasOwn(node, 'const')) values.push(node.const);
    }
  const seen = new Set();
  return values.filter((value) => {
    const key = JSON.stringify(value);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Member names to try: every name either schema mentions, names its patternProperties and
 * propertyNames patterns accept, names at and past its propertyNames length limits, and a few no
 * schema mentions (an open object's unknown members).
 */
export function memberVocabulary(schemas, random) {
  const names = new Set(['zz', 'Z9', 'x_1', 'n_1', 'an_unusually_long_member']);
  const sampleNames = (pattern) => {
    const ast = parsePattern(pattern);
    if (ast) for (let k = 0; k < 3; k++) names.add(samplePattern(ast, random));
  };
  for (const schema of schemas)
    for (const node of everyNode(schema)) {
      if (!isSchemaObject(node)) continue;
      if (isSchemaObject(node.properties)) for (const name of Object.keys(node.properties)) names.add(name);
      if (Array.isArray(node.required)) for (const name of node.required) if (typeof name === 'string') names.add(name);
      for (const key of ['dependentRequired', 'dependencies', 'dependentSchemas'])
        if (isSchemaObject(node[key]))
          for (const [name, needs] of Object.entries(node[key])) {
            names.add(name);
            if (Array.isArray(needs)) for (const need of needs) if (typeof need === 'string') names.add(need);
          }
      if (isSchemaObject(node.patternProperties))
        for (const pattern of Object.keys(node.patternProperties)) sampleNames(pattern);
      if (isSchemaObject(node.propertyNames)) {
        const { pattern, minLength, maxLength } = node.propertyNames;
        if (typeof pattern === 'string') sampleNames(pattern);
        for (const length of [minLength, maxLength])
          if (typeof length === 'number')
            for (const size of [length - 1, length, length + 1]) if (size > 0) names.add('k'.repeat(size));
      }
    }
  return [...names];
}

/**
 * The constants that tell the two schemas apart: interesting values (and member names) one side
 * mentions and the other does not. An edit usually moves one bound or adds one value, and these are
 * exactly the values at which the accepted sets differ.
 */
export function differenceValues(oldSchema, newSchema) {
  const key = (value) => JSON.stringify(value);
  const left = interestingValues([oldSchema], { withBasics: false });
  const right = interestingValues([newSchema], { withBasics: false });
  const leftKeys = new Set(left.map(key));
  const rightKeys = new Set(right.map(key));
  const only = [
    ...left.filter((value) => !rightKeys.has(key(value))),
    ...right.filter((value) => !leftKeys.has(key(value))),
  ];
  // The constants only one side mentions first, then the shared ones: a value can tell the sides
  // apart at one place even when both mention it somewhere (an enum value added in one branch).
  const onlyKeys = new Set(only.map(key));
  const values = [
    ...only,
    ...left.filter((value) => !onlyKeys.has(key(value))),
    ...right.filter((value) => !onlyKeys.has(key(value)) && !leftKeys.has(key(value))),
  ];
  const leftNames = new Set(declaredNames(oldSchema));
  const rightNames = new Set(declaredNames(newSchema));
  const names = [...leftNames, ...rightNames].filter((name) => !(leftNames.has(name) && rightNames.has(name)));
  return { values, names };
}

function declaredNames(schema) {
  const names = [];
  for (const node of everyNode(schema))
    if (isSchemaObject(node) && isSchemaObject(node.properties)) names.push(...Object.keys(node.properties));
  return names;
}

/**
 * Every payload one substitution away from `payload`: each place set to each of `values`, and each
 * object given each of `names` (with a basic value). Bounded by `limit`.
 */
export function* substitutions(payload, { values, names }, limit) {
  const places = [];
  const collect = (value, path) => {
    places.push(path);
    if (Array.isArray(value)) value.forEach((item, k) => collect(item, [...path, k]));
    else if (isSchemaObject(value)) for (const name of Object.keys(value)) collect(value[name], [...path, name]);
  };
  collect(payload, []);
  let made = 0;
  const at = (root, path) => path.reduce((node, step) => node[step], root);
  for (const path of places) {
    for (const value of values) {
      if (made++ >= limit) return;
      if (path.length === 0) {
        yield structuredClone(value);
        continue;
      }
      const copy = structuredClone(payload);
      at(copy, path.slice(0, -1))[path[path.length - 1]] = structuredClone(value);
      yield copy;
    }
    if (!isSchemaObject(at(payload, path))) continue;
    for (const name of names)
      for (const value of [values[0] ?? null, 'a', 1, null, {}]) {
        if (made++ >= limit) return;
        const copy = structuredClone(payload);
        at(copy, path)[name] = structuredClone(value);
        yield copy;
      }
  }
}

/** One random edit of a payload: a leaf replaced, a member added or dropped, an item added or dropped. */
export function walkInstance(payload, random, { interesting, vocabulary }) {
  const copy = structuredClone(payload);
  const places = [];
  const collect = (value, set) => {
    places.push({ value, set });
    if (Array.isArray(value)) value.forEach((item, k) => collect(item, (next) => (value[k] = next)));
    else if (isSchemaObject(value))
      for (const name of Object.keys(value)) collect(value[name], (next) => (value[name] = next));
  };
  let result = copy;
  collect(copy, (next) => (result = next));
  const place = random.pick(places);
  const { value } = place;
  const roll = random.next();
  if (isSchemaObject(value) && roll < 0.5) {
    const names = Object.keys(value);
    if (names.length > 0 && random.chance(0.5)) delete value[random.pick(names)];
    else value[random.pick(vocabulary)] = structuredClone(random.pick(interesting));
  } else if (Array.isArray(value) && roll < 0.5) {
    if (value.length > 0 && random.chance(0.4)) value.pop();
    else value.push(structuredClone(value.length > 0 && random.chance(0.5) ? value[0] : random.pick(interesting)));
  } else if (typeof value === 'string' && roll < 0.3) {
    place.set(random.chance(0.5) ? value.slice(0, -1) : `${value}${random.pick(['a', 'Z', '1', '-'])}`);
  } else if (typeof value === 'number' && roll < 0.3) {
    place.set(value + random.pick([1, -1, 0.5, -0.5]));
  } else place.set(structuredClone(random.pick(interesting)));
  return result;
}

function sameJson(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}
