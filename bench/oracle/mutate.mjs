// Mutations turn an old schema into a new one 1-3 edits away. Each is the kind of edit a schema
// author makes (widen or narrow a bound, add or drop a member, an enum value or a branch) or an
// equivalent rewrite a refactoring or bundler makes (allOf wrap, move to definitions, nullable
// respelled, integer as multipleOf 1); the latter are where keyword-by-keyword judges cry wolf.
import { dialect, FORMATS, MEMBER_NAMES, node, randomPattern, stringNode, WORDS } from './grammar.mjs';

const SCHEMA_KEYS = ['additionalProperties', 'additionalItems', 'not', 'if', 'then', 'else', 'propertyNames'];
const SCHEMA_MAPS = ['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas'];
const SCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];

/** Every object subschema of `root` with a way to replace it, root first. */
function subschemaSites(root) {
  const sites = [];
  const visit = (schema, replace, path) => {
    if (!schema || typeof schema !== 'object' || Array.isArray(schema)) return;
    sites.push({ schema, replace, path });
    for (const key of SCHEMA_KEYS)
      if (key in schema) visit(schema[key], (value) => (schema[key] = value), `${path}/${key}`);
    if (schema.items !== undefined) {
      if (Array.isArray(schema.items))
        schema.items.forEach((item, k) => {
          visit(item, (value) => (schema.items[k] = value), `${path}/items/${k}`);
        });
      else visit(schema.items, (value) => (schema.items = value), `${path}/items`);
    }
    for (const key of SCHEMA_MAPS)
      if (schema[key] && typeof schema[key] === 'object')
        for (const name of Object.keys(schema[key]))
          visit(schema[key][name], (value) => (schema[key][name] = value), `${path}/${key}/${name}`);
    for (const key of SCHEMA_LISTS)
      if (Array.isArray(schema[key]))
        schema[key].forEach((item, k) => {
          visit(item, (value) => (schema[key][k] = value), `${path}/${key}/${k}`);
        });
  };
  visit(root, () => {}, '');
  return sites;
}

/** Applies 1-3 random mutations to a copy of `old`; returns the new schema and what was done. */
export function mutateSchema(random, old, draft) {
  const next = structuredClone(old);
  const applied = [];
  const wanted = random.weighted([
    [5, 1],
    [3, 2],
    [2, 3],
  ]);
  const context = { random, dialect: dialect(draft), defs: {}, defCount: 100 };
  for (let attempt = 0; applied.length < wanted && attempt < 30; attempt++) {
    // The kind first, then a site it fits: every kind gets its share, not only those that fit anywhere.
    const mutation = random.pick(MUTATIONS);
    const sites = subschemaSites(next).filter((site) =>
      mutation.applies(site.schema, { isRoot: site.path === '', draft }),
    );
    if (sites.length === 0) continue;
    const site = random.pick(sites);
    const isRoot = site.path === '';
    const done = mutation.apply(site, { random, context, root: next, isRoot, draft });
    if (done === false) continue;
    applied.push({ kind: mutation.kind, intent: mutation.intent, at: site.path });
  }
  const defs = context.dialect.defsKey;
  if (Object.keys(context.defs).length > 0) next[defs] = { ...(next[defs] ?? {}), ...context.defs };
  return { schema: next, mutations: applied };
}

const has = (schema, key) => Object.hasOwn(schema, key);
const isType = (schema, type) => schema.type === type || (Array.isArray(schema.type) && schema.type.includes(type));
const numeric = (schema) => isType(schema, 'integer') || isType(schema, 'number');

/**
 * Pattern edits as text substitutions, each with its effect on the language.
 * @type {Array<[string, RegExp, (match: string, ...groups: string[]) => string]>}
 */
const PATTERN_EDITS = [
  ['widen', /\{(\d+)\}/, (_, n) => `{${n},${Number(n) + 1}}`],
  ['widen', /\{(\d+),(\d+)\}/, (_, n, m) => `{${n},${Number(m) + 1}}`],
  ['widen', /\[a-z\]/, () => '[a-zA-Z]'],
  ['widen', /\[0-9\]/, () => '[0-9a-f]'],
  ['widen', /\$$/, () => ''],
  ['widen', /\+/, () => '*'],
  ['narrow', /\{(\d+),(\d+)\}/, (all, n, m) => (Number(m) > Number(n) ? `{${n},${Number(m) - 1}}` : all)],
  ['narrow', /\*/, () => '+'],
  ['narrow', /\[a-zA-Z\]/, () => '[a-z]'],
  ['narrow', /\[a-f0-9\]/, () => '[a-f]'],
  ['equivalent', /\[a-zA-Z\]/, () => '[A-Za-z]'],
  ['equivalent', /\[0-9\]/, () => '\\d'],
  ['equivalent', /\\d/, () => '[0-9]'],
  ['equivalent', /\+/, () => '{1,}'],
  ['equivalent', /(\[[a-zA-Z0-9-]+\])\{2\}/, (_, cls) => `${cls}${cls}`],
];

function mutation(kind, intent, applies, apply) {
  return { kind, intent, applies, apply };
}

const MUTATIONS = [
  // --- equivalent rewrites ---
  mutation(
    'wrap-in-allOf',
    'equivalent',
    () => true,
    (site, { isRoot }) => {
      const { schema } = site;
      if (isRoot) {
        const body = {};
        for (const key of Object.keys(schema))
          if (key !== '$schema' && key !== '$defs' && key !== 'definitions') {
            body[key] = schema[key];
            delete schema[key];
          }
        schema.allOf = [body];
        return;
      }
      site.replace({ allOf: [structuredClone(schema)] });
    },
  ),
  mutation(
    'move-to-defs',
    'equivalent',
    (schema, { isRoot }) => !isRoot && !has(schema, '$ref'),
    (site, { context }) => {
      const name = `m${++context.defCount}`;
      context.defs[name] = structuredClone(site.schema);
      site.replace({ $ref: `#/${context.dialect.defsKey}/${name}` });
    },
  ),
  mutation(
    'add-disjoint-not',
    'equivalent',
    (schema) => schema.type === 'object' || schema.type === 'string',
    (site) => {
      if (has(site.schema, 'not')) return false;
      site.schema.not = { type: site.schema.type === 'object' ? 'array' : 'number' };
    },
  ),
  mutation(
    'nullable-as-anyOf',
    'equivalent',
    (schema) => Array.isArray(schema.type) && schema.type.length === 2 && schema.type.includes('null'),
    (site) => {
      const { schema } = site;
      const other = schema.type.find((type) => type !== 'null');
      // Type-specific keywords are inert on null, so they move into the non-null branch unchanged.
      const rest = Object.fromEntries(Object.entries(schema).filter(([key]) => key !== 'type'));
      site.replace({ anyOf: [{ ...rest, type: other }, { type: 'null' }] });
    },
  ),
  mutation(
    'integer-as-multipleOf-1',
    'equivalent',
    (schema) => schema.type === 'integer' && !has(schema, 'multipleOf'),
    (site) => {
      site.schema.type = 'number';
      site.schema.multipleOf = 1;
    },
  ),
  mutation(
    'enum-reordered',
    'equivalent',
    (schema) => Array.isArray(schema.enum) && schema.enum.length > 1,
    (site) => {
      site.schema.enum = [...site.schema.enum].reverse();
    },
  ),
  mutation(
    'enum-add-implied-bound',
    'equivalent',
    (schema) => Array.isArray(schema.enum) && schema.type === 'string',
    (site) => {
      // A bound every value already meets: the enum's set is unchanged.
      const longest = Math.max(...site.schema.enum.map((value) => value.length));
      site.schema.maxLength = longest + 1;
    },
  ),
  // --- strings ---
  mutation(
    'max-length-changed',
    'change',
    (schema) => has(schema, 'maxLength'),
    (site, { random }) => {
      const { schema } = site;
      schema.maxLength = Math.max(0, schema.maxLength + random.pick([-2, -1, 1, 3]));
    },
  ),
  mutation(
    'min-length-changed',
    'change',
    (schema) => has(schema, 'minLength'),
    (site, { random }) => {
      site.schema.minLength = Math.max(0, site.schema.minLength + random.pick([-1, 1, 2]));
    },
  ),
  mutation(
    'max-length-added',
    'narrow',
    (schema) => isType(schema, 'string') && !has(schema, 'maxLength'),
    (site, { random }) => {
      site.schema.maxLength = random.pick([3, 8, 64]);
    },
  ),
  mutation(
    'length-removed',
    'widen',
    (schema) => has(schema, 'maxLength') || has(schema, 'minLength'),
    (site) => {
      delete site.schema.maxLength;
      delete site.schema.minLength;
    },
  ),
  mutation(
    'pattern-edited',
    'change',
    (schema) => typeof schema.pattern === 'string',
    (site, { random }) => {
      const edits = PATTERN_EDITS.filter(([, match]) => match.test(site.schema.pattern));
      if (edits.length === 0) return false;
      const [, match, replace] = random.pick(edits);
      const next = site.schema.pattern.replace(match, replace);
      if (next === site.schema.pattern) return false;
      site.schema.pattern = next;
    },
  ),
  mutation(
    'pattern-added',
    'narrow',
    (schema) => isType(schema, 'string') && !has(schema, 'pattern'),
    (site, { random }) => {
      site.schema.pattern = randomPattern(random);
    },
  ),
  mutation(
    'pattern-removed',
    'widen',
    (schema) => has(schema, 'pattern'),
    (site) => {
      delete site.schema.pattern;
    },
  ),
  mutation(
    'format-changed',
    'change',
    (schema) => isType(schema, 'string'),
    (site, { random }) => {
      if (has(site.schema, 'format') && random.chance(0.5)) delete site.schema.format;
      else site.schema.format = random.pick(FORMATS);
    },
  ),
  // --- enums and consts ---
  mutation(
    'enum-value-added',
    'widen',
    (schema) => Array.isArray(schema.enum),
    (site, { random }) => {
      const fresh = WORDS.filter((word) => !site.schema.enum.includes(word));
      if (fresh.length === 0) return false;
      site.schema.enum = [...site.schema.enum, random.pick(fresh)];
    },
  ),
  mutation(
    'enum-value-removed',
    'narrow',
    (schema) => Array.isArray(schema.enum) && schema.enum.length > 1,
    (site, { random }) => {
      const drop = random.int(site.schema.enum.length);
      site.schema.enum = site.schema.enum.filter((_, k) => k !== drop);
    },
  ),
  mutation(
    'enum-to-bounded-string',
    'change',
    (schema) => Array.isArray(schema.enum) && schema.enum.every((value) => typeof value === 'string'),
    (site, { random }) => {
      const rest = Object.fromEntries(Object.entries(site.schema).filter(([key]) => key !== 'enum'));
      site.replace({ ...rest, type: 'string', maxLength: random.pick([3, 6, 128]) });
    },
  ),
  mutation(
    'const-to-enum',
    'widen',
    (schema) => has(schema, 'const'),
    (site, { random }) => {
      const value = site.schema.const;
      delete site.schema.const;
      site.schema.enum = [value, random.pick(WORDS.filter((word) => word !== value))];
    },
  ),
  // --- numbers ---
  mutation(
    'bound-moved',
    'change',
    (schema) =>
      ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum'].some((key) => typeof schema[key] === 'number'),
    (site, { random }) => {
      const keys = ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum'].filter(
        (key) => typeof site.schema[key] === 'number',
      );
      const key = random.pick(keys);
      site.schema[key] += random.pick([-1, 1, 0.5, 5]);
    },
  ),
  mutation(
    'bound-removed',
    'widen',
    (schema) => has(schema, 'minimum') || has(schema, 'maximum') || has(schema, 'exclusiveMinimum'),
    (site, { random }) => {
      const key = random.pick(['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum']);
      if (!has(site.schema, key)) return false;
      delete site.schema[key];
      // draft-04's boolean exclusiveMaximum modifies maximum and is invalid without it.
      const modifier = { minimum: 'exclusiveMinimum', maximum: 'exclusiveMaximum' }[key];
      if (modifier && typeof site.schema[modifier] === 'boolean') delete site.schema[modifier];
    },
  ),
  mutation(
    'bound-added',
    'narrow',
    (schema) => numeric(schema) && !has(schema, 'maximum') && !has(schema, 'exclusiveMaximum'),
    (site, { random, context }) => {
      if (random.chance(0.3)) context.dialect.exclusiveBound(site.schema, 'max', random.pick([0, 10, 50]));
      else site.schema.maximum = random.pick([0, 10, 50]);
    },
  ),
  mutation(
    'exclusive-toggled',
    'change',
    (schema) => has(schema, 'minimum') || has(schema, 'maximum') || has(schema, 'exclusiveMinimum'),
    (site, { draft }) => {
      const { schema } = site;
      if (draft === '04') {
        if (has(schema, 'exclusiveMinimum')) delete schema.exclusiveMinimum;
        else if (has(schema, 'minimum')) schema.exclusiveMinimum = true;
        else return false;
        return;
      }
      if (has(schema, 'minimum')) {
        schema.exclusiveMinimum = schema.minimum;
        delete schema.minimum;
      } else if (has(schema, 'exclusiveMinimum')) {
        schema.minimum = schema.exclusiveMinimum;
        delete schema.exclusiveMinimum;
      } else return false;
    },
  ),
  mutation(
    'multiple-of-changed',
    'change',
    (schema) => numeric(schema),
    (site, { random }) => {
      const current = site.schema.multipleOf;
      const next = random.pick([0.5, 1, 2, 4, 10].filter((value) => value !== current));
      site.schema.multipleOf = next;
    },
  ),
  mutation(
    'integer-to-number',
    'widen',
    (schema) => schema.type === 'integer',
    (site) => {
      site.schema.type = 'number';
    },
  ),
  mutation(
    'number-to-integer',
    'narrow',
    (schema) => schema.type === 'number',
    (site) => {
      site.schema.type = 'integer';
    },
  ),
  // --- types and nullability ---
  mutation(
    'made-nullable',
    'widen',
    (schema) => typeof schema.type === 'string' && schema.type !== 'null',
    (site) => {
      site.schema.type = [site.schema.type, 'null'];
    },
  ),
  mutation(
    'null-dropped',
    'narrow',
    (schema) => Array.isArray(schema.type) && schema.type.includes('null') && schema.type.length > 1,
    (site) => {
      const types = site.schema.type.filter((type) => type !== 'null');
      site.schema.type = types.length === 1 ? types[0] : types;
    },
  ),
  mutation(
    'type-replaced',
    'change',
    (schema, { isRoot }) => !isRoot && typeof schema.type === 'string',
    (site, { random, context }) => {
      site.replace(random.chance(0.5) ? stringNode(context) : { type: random.pick(['integer', 'boolean', 'null']) });
    },
  ),
  // --- objects ---
  mutation(
    'property-added',
    'change',
    (schema) => schema.properties !== undefined,
    (site, { random, context }) => {
      const fresh = MEMBER_NAMES.filter((name) => !has(site.schema.properties, name));
      if (fresh.length === 0) return false;
      const name = random.pick(fresh);
      site.schema.properties[name] = node(context, 3);
      if (random.chance(0.35)) site.schema.required = [...(site.schema.required ?? []), name];
    },
  ),
  mutation(
    'property-removed',
    'change',
    (schema) => schema.properties !== undefined && Object.keys(schema.properties).length > 1,
    (site, { random }) => {
      const name = random.pick(Object.keys(site.schema.properties));
      delete site.schema.properties[name];
      if (Array.isArray(site.schema.required)) {
        site.schema.required = site.schema.required.filter((member) => member !== name);
        if (site.schema.required.length === 0) delete site.schema.required;
      }
    },
  ),
  mutation(
    'property-renamed',
    'change',
    (schema) => schema.properties !== undefined,
    (site, { random }) => {
      const names = Object.keys(site.schema.properties);
      const from = random.pick(names);
      const to = `${from}_v2`;
      site.schema.properties[to] = site.schema.properties[from];
      delete site.schema.properties[from];
      if (Array.isArray(site.schema.required))
        site.schema.required = site.schema.required.map((member) => (member === from ? to : member));
    },
  ),
  mutation(
    'required-added',
    'narrow',
    (schema) => schema.properties !== undefined,
    (site, { random }) => {
      const optional = Object.keys(site.schema.properties).filter((name) => !site.schema.required?.includes(name));
      if (optional.length === 0) return false;
      site.schema.required = [...(site.schema.required ?? []), random.pick(optional)];
    },
  ),
  mutation(
    'required-removed',
    'widen',
    (schema) => Array.isArray(schema.required) && schema.required.length > 0,
    (site, { random }) => {
      const drop = random.pick(site.schema.required);
      site.schema.required = site.schema.required.filter((name) => name !== drop);
      if (site.schema.required.length === 0) delete site.schema.required;
    },
  ),
  mutation(
    'additional-properties-toggled',
    'change',
    (schema) => schema.type === 'object' || schema.properties !== undefined,
    (site, { random }) => {
      const { schema } = site;
      if (has(schema, 'additionalProperties') && random.chance(0.6)) delete schema.additionalProperties;
      else schema.additionalProperties = random.pick([false, false, { type: 'string' }, true]);
    },
  ),
  mutation(
    'pattern-properties-changed',
    'change',
    (schema) => schema.type === 'object',
    (site, { random, context }) => {
      const { schema } = site;
      if (schema.patternProperties && random.chance(0.5)) delete schema.patternProperties;
      else schema.patternProperties = { [random.pick(['^x_', '^n_', '^[a-z]+$'])]: node(context, 3) };
    },
  ),
  mutation(
    'dependent-required-changed',
    'change',
    (schema) => schema.properties !== undefined && Object.keys(schema.properties).length >= 2,
    (site, { random, context }) => {
      const { schema } = site;
      const key = has(schema, 'dependentRequired')
        ? 'dependentRequired'
        : has(schema, 'dependencies')
          ? 'dependencies'
          : undefined;
      if (key && random.chance(0.5)) {
        delete schema[key];
        return;
      }
      const [a, b] = random.shuffle(Object.keys(schema.properties));
      Object.assign(schema, context.dialect.dependent({ [a]: [b] }));
    },
  ),
  mutation(
    'property-count-bound',
    'change',
    (schema) => schema.type === 'object',
    (site, { random }) => {
      const key = random.pick(['minProperties', 'maxProperties']);
      if (has(site.schema, key) && random.chance(0.4)) delete site.schema[key];
      else site.schema[key] = random.between(0, 3);
    },
  ),
  mutation(
    'conditional-edited',
    'change',
    (schema, { draft }) => draft !== '04' && schema.type === 'object' && schema.properties !== undefined,
    (site, { random }) => {
      const { schema } = site;
      if (schema.if && random.chance(0.4)) {
        delete schema.if;
        delete schema.then;
        delete schema.else;
        return;
      }
      if (schema.if && random.chance(0.5)) {
        const names = Object.keys(schema.properties);
        schema.then = { required: [random.pick(names)] };
        return;
      }
      const [member] = random.shuffle(Object.keys(schema.properties));
      schema.if = { properties: { [member]: { type: 'string' } }, required: [member] };
      schema.then = { properties: { [member]: { minLength: 1 } } };
    },
  ),
  // --- arrays ---
  mutation(
    'item-count-bound',
    'change',
    (schema) => schema.type === 'array',
    (site, { random }) => {
      const key = random.pick(['minItems', 'maxItems']);
      if (has(site.schema, key) && random.chance(0.4)) delete site.schema[key];
      else site.schema[key] = random.between(0, 3);
    },
  ),
  mutation(
    'unique-items-toggled',
    'change',
    (schema) => schema.type === 'array',
    (site) => {
      if (site.schema.uniqueItems) delete site.schema.uniqueItems;
      else site.schema.uniqueItems = true;
    },
  ),
  mutation(
    'tuple-edited',
    'change',
    (schema) => Array.isArray(schema.prefixItems) || Array.isArray(schema.items),
    (site, { random, context, draft }) => {
      const { schema } = site;
      const listKey = draft === '2020-12' ? 'prefixItems' : 'items';
      const restKey = draft === '2020-12' ? 'items' : 'additionalItems';
      if (!Array.isArray(schema[listKey])) return false;
      const roll = random.int(3);
      if (roll === 0) schema[listKey] = [...schema[listKey], node(context, 3)];
      else if (roll === 1 && schema[listKey].length > 1) schema[listKey] = schema[listKey].slice(0, -1);
      else if (has(schema, restKey)) delete schema[restKey];
      else schema[restKey] = false;
    },
  ),
  // --- unions and composition ---
  mutation(
    'branch-added',
    'widen',
    (schema) => Array.isArray(schema.anyOf) || Array.isArray(schema.oneOf),
    (site, { random, context }) => {
      const key = Array.isArray(site.schema.oneOf) ? 'oneOf' : 'anyOf';
      // Often a branch that overlaps an existing one (number over integer, a wider string):
      // exactly the oneOf change that breaks old payloads by matching twice.
      const branch = random.pick([
        () => ({ type: 'number' }),
        () => ({ type: 'string' }),
        () => ({ type: 'null' }),
        () => node(context, 3),
      ])();
      site.schema[key] = [...site.schema[key], branch];
    },
  ),
  mutation(
    'branch-removed',
    'narrow',
    (schema) => (schema.anyOf?.length ?? 0) > 1 || (schema.oneOf?.length ?? 0) > 1,
    (site, { random }) => {
      const key = (site.schema.oneOf?.length ?? 0) > 1 ? 'oneOf' : 'anyOf';
      const drop = random.int(site.schema[key].length);
      site.schema[key] = site.schema[key].filter((_, k) => k !== drop);
    },
  ),
  mutation(
    'union-kind-swapped',
    'change',
    (schema) => Array.isArray(schema.anyOf) || Array.isArray(schema.oneOf),
    (site) => {
      const { schema } = site;
      if (schema.anyOf) [schema.oneOf, schema.anyOf] = [schema.anyOf, undefined];
      else [schema.anyOf, schema.oneOf] = [schema.oneOf, undefined];
      for (const key of ['anyOf', 'oneOf']) if (schema[key] === undefined) delete schema[key];
    },
  ),
  mutation(
    'not-changed',
    'change',
    (schema) => has(schema, 'not'),
    (site, { random }) => {
      if (random.chance(0.6)) delete site.schema.not;
      else site.schema.not = { type: random.pick(['null', 'string', 'integer']) };
    },
  ),
  mutation(
    'all-of-branch-changed',
    'change',
    (schema) => Array.isArray(schema.allOf),
    (site, { random }) => {
      const { schema } = site;
      if (schema.allOf.length > 1 && random.chance(0.5)) schema.allOf = schema.allOf.slice(0, -1);
      else
        schema.allOf = [...schema.allOf, random.pick([{ minProperties: 1 }, { maxLength: 4 }, { required: ['id'] }])];
    },
  ),
];

/** The mutation kinds, for the coverage test. */
export const MUTATION_KINDS = MUTATIONS.map((mutation) => mutation.kind);
