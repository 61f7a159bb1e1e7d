// The grammar of random event schemas: what real event contracts are made of (objects of named
// members, enums, bounded strings and numbers, nullable fields, unions, shared definitions), written
// in each draft's own spelling, so that a pair exercises evt's reading of the draft as well as its
// set reasoning. Sizes stay small (depth <= 3, <= 4 members) because a witness search over a small
// schema is exhaustive enough to be trusted, and the defects live in the keywords, not in the size.

export const DRAFTS = ['04', '07', '2020-12'];
const SCHEMA_URI = {
  '04': 'http://json-schema.org/draft-04/schema#',
  '07': 'http://json-schema.org/draft-07/schema#',
  '2020-12': 'https://json-schema.org/draft/2020-12/schema',
};

// Member names shared by old and new: mutations add and remove from the same vocabulary, so that a
// removed member, a renamed one and an open object's unknown member can collide, as in real changes.
export const MEMBER_NAMES = ['id', 'name', 'amount', 'status', 'tags', 'at', 'meta', 'count', 'note', 'kind'];
export const WORDS = ['gold', 'silver', 'bronze', 'open', 'closed', 'pending', 'EUR', 'USD', 'a', 'x'];
export const FORMATS = ['date-time', 'date', 'email', 'uuid', 'ipv4', 'uri'];
const CLASSES = ['[a-z]', '[A-Z]', '[0-9]', '\\d', '[a-zA-Z]', '[a-f0-9]'];
const QUANTIFIERS = ['', '{2}', '{1,3}', '{2,4}', '+', '*', '?'];

/** How one draft spells the keywords whose spelling changed between drafts. */
export function dialect(draft) {
  return {
    draft,
    defsKey: draft === '2020-12' ? '$defs' : 'definitions',
    hasConst: draft !== '04',
    hasConditional: draft !== '04',
    hasPropertyNames: draft !== '04',
    constOf: (value) => (draft === '04' ? { enum: [value] } : { const: value }),
    /** draft-04: exclusiveMinimum is a boolean modifying minimum; later drafts: a number of its own. */
    exclusiveBound(schema, side, value) {
      const [plain, exclusive] = side === 'min' ? ['minimum', 'exclusiveMinimum'] : ['maximum', 'exclusiveMaximum'];
      if (draft === '04') Object.assign(schema, { [plain]: value, [exclusive]: true });
      else schema[exclusive] = value;
    },
    /** Tuples: items array + additionalItems before 2020-12, prefixItems + items from it. */
    tuple(prefix, rest) {
      if (draft === '2020-12') return { prefixItems: prefix, ...(rest === undefined ? {} : { items: rest }) };
      return { items: prefix, ...(rest === undefined ? {} : { additionalItems: rest }) };
    },
    /** dependentRequired in 2020-12; the array form of dependencies before it. */
    dependent(map) {
      return draft === '2020-12' ? { dependentRequired: map } : { dependencies: map };
    },
  };
}

/** A random root event schema (always an object, as events are) in `draft`. */
export function generateSchema(random, draft) {
  const context = { random, dialect: dialect(draft), defs: {}, defCount: 0 };
  const body = objectNode(context, 0, true);
  const root = { $schema: SCHEMA_URI[draft], ...body };
  if (Object.keys(context.defs).length > 0) root[context.dialect.defsKey] = context.defs;
  return root;
}

/** Any subschema: leaves weigh more than structure, and structure stops at depth 3. */
export function node(context, depth) {
  const { random } = context;
  const deep = depth >= 3;
  const kind = random.weighted([
    [14, 'string'],
    [8, 'enum'],
    [3, 'const'],
    [7, 'integer'],
    [6, 'number'],
    [3, 'boolean'],
    [6, 'nullable'],
    [deep ? 0 : 8, 'object'],
    [deep ? 0 : 8, 'array'],
    [deep ? 0 : 4, 'anyOf'],
    [deep ? 0 : 4, 'oneOf'],
    [deep ? 0 : 3, 'allOf'],
    [deep ? 0 : 2, 'not'],
    [deep ? 0 : 3, 'ref'],
  ]);
  return BUILDERS[kind](context, depth);
}

const BUILDERS = {
  string: (context) => stringNode(context),
  enum: (context) => enumNode(context),
  const: (context) => context.dialect.constOf(context.random.pick(WORDS)),
  integer: (context) => numberNode(context, 'integer'),
  number: (context) => numberNode(context, 'number'),
  boolean: () => ({ type: 'boolean' }),
  nullable: (context, depth) => nullableNode(context, depth),
  object: (context, depth) => objectNode(context, depth + 1, false),
  array: (context, depth) => arrayNode(context, depth + 1),
  anyOf: (context, depth) => unionNode(context, depth + 1, 'anyOf'),
  oneOf: (context, depth) => unionNode(context, depth + 1, 'oneOf'),
  allOf: (context, depth) => allOfNode(context, depth + 1),
  not: (context) => notNode(context),
  ref: (context, depth) => refNode(context, depth + 1),
};

// A string is bounded by length, by a pattern or by a format (now and then two at once): each is a
// different way to reason about the same set, and the defects sit where two of them meet.
export function stringNode(context) {
  const { random } = context;
  const schema = { type: 'string' };
  const flavour = random.weighted([
    [4, 'lengths'],
    [4, 'pattern'],
    [2, 'format'],
    [2, 'plain'],
  ]);
  if (flavour === 'lengths' || random.chance(0.15)) {
    if (random.chance(0.6)) schema.minLength = random.between(0, 3);
    if (random.chance(0.8)) schema.maxLength = random.pick([2, 5, 8, 16, 64]);
  }
  if (flavour === 'pattern') schema.pattern = randomPattern(random);
  if (flavour === 'format') schema.format = random.pick(FORMATS);
  return schema;
}

/** Patterns from a small regular grammar: classes, literals, quantifiers, one alternation. */
export function randomPattern(random) {
  const parts = [];
  const count = random.between(1, 3);
  for (let k = 0; k < count; k++) {
    if (random.chance(0.15)) parts.push(`(${random.pick(['ab', 'cd', 'x'])}|${random.pick(['ef', 'y', 'zz'])})`);
    else if (random.chance(0.2)) parts.push(random.pick(['-', '_', 'x']) + random.pick(['', '?']));
    else parts.push(random.pick(CLASSES) + random.pick(QUANTIFIERS));
  }
  const anchored = random.chance(0.85);
  return anchored ? `^${parts.join('')}$` : parts.join('');
}

// Enums of short words, sometimes with a null or a number mixed in (real enums carry a "none"), and
// with or without `type: string`: a typed enum is where enum-vs-bound reasoning (maxLength,
// pattern, format over a finite set) is tested.
function enumNode(context) {
  const { random } = context;
  const values = random.shuffle(WORDS).slice(0, random.between(1, 4));
  if (random.chance(0.15)) values.push(random.pick([null, 1, 2]));
  const typed = values.every((value) => typeof value === 'string') && random.chance(0.6);
  return typed ? { type: 'string', enum: values } : { enum: values };
}

// Bounds on small integers and halves, so that exclusive vs inclusive, integer vs number and
// multipleOf interact at values a search can reach; exclusive bounds a quarter of the time, in
// the draft's own spelling, since draft-04's boolean form is where readers go wrong.
function numberNode(context, type) {
  const { random, dialect: spell } = context;
  const schema = { type };
  const low = random.pick([0, 1, -10, 5]);
  const high = low + random.pick([1, 10, 100]);
  if (random.chance(0.6)) {
    if (random.chance(0.25)) spell.exclusiveBound(schema, 'min', low);
    else schema.minimum = low;
  }
  if (random.chance(0.5)) {
    if (random.chance(0.25)) spell.exclusiveBound(schema, 'max', high);
    else schema.maximum = high;
  }
  if (random.chance(0.25)) schema.multipleOf = type === 'integer' ? random.pick([2, 5]) : random.pick([0.5, 0.25, 2]);
  return schema;
}

/** Nullable written both ways real schemas write it: a type list, or anyOf with a null branch. */
function nullableNode(context, depth) {
  const { random } = context;
  const inner = random.pick([stringNode, enumNode, (c) => numberNode(c, 'integer'), () => ({ type: 'boolean' })])(
    context,
    depth,
  );
  if (inner.type !== undefined && random.chance(0.6)) return { ...inner, type: [inner.type, 'null'] };
  return { anyOf: [inner, { type: 'null' }] };
}

function objectNode(context, depth, isRoot) {
  const { random, dialect: spell } = context;
  const names = random.shuffle(MEMBER_NAMES).slice(0, random.between(1, isRoot ? 4 : 3));
  const properties = {};
  for (const name of names) properties[name] = node(context, depth + 1);
  const schema = { type: 'object', properties };
  const required = names.filter(() => random.chance(0.5));
  if (required.length > 0) schema.required = required;
  // Open objects are the common case and the strict/lenient split; closed ones are where adding a
  // member breaks forward; a typed rest (a map) and an explicit `true` are rarer, as in real schemas.
  const rest = random.weighted([
    [12, 'absent'],
    [5, 'false'],
    [2, 'schema'],
    [1, 'true'],
  ]);
  if (rest === 'false') schema.additionalProperties = false;
  if (rest === 'true') schema.additionalProperties = true;
  if (rest === 'schema') schema.additionalProperties = { type: random.pick(['string', 'integer']) };
  if (random.chance(0.1)) schema.patternProperties = { '^x_': node(context, 3) };
  if (names.length >= 2 && random.chance(0.12)) Object.assign(schema, spell.dependent({ [names[0]]: [names[1]] }));
  if (random.chance(0.08)) schema.minProperties = random.between(1, 2);
  if (random.chance(0.06)) schema.maxProperties = random.between(2, 4);
  if (spell.hasPropertyNames && random.chance(0.05))
    schema.propertyNames = random.chance(0.5) ? { pattern: '^[a-z_]+$' } : { maxLength: 6 };
  if (spell.hasConditional && random.chance(isRoot ? 0.15 : 0.05)) addConditional(context, schema);
  return schema;
}

/** if/then/else keyed on a discriminator member, the shape event schemas use it in. */
function addConditional(context, schema) {
  const { random } = context;
  schema.properties.kind = { enum: ['a', 'b'] };
  const others = Object.keys(schema.properties).filter((name) => name !== 'kind');
  schema.if = { properties: { kind: { const: 'a' } }, required: ['kind'] };
  const member = random.pick(others.length > 0 ? others : ['note']);
  schema.then = { required: [member] };
  if (random.chance(0.6)) schema.else = { properties: { [member]: { type: 'string', maxLength: 5 } } };
}

function arrayNode(context, depth) {
  const { random, dialect: spell } = context;
  if (random.chance(0.35)) {
    const prefix = [node(context, depth + 1), node(context, depth + 1)].slice(0, random.between(1, 2));
    const rest = random.weighted([
      [2, undefined],
      [2, false],
      [1, { type: 'string' }],
    ]);
    return { type: 'array', ...spell.tuple(prefix, rest) };
  }
  const schema = { type: 'array', items: node(context, depth + 1) };
  if (random.chance(0.3)) schema.minItems = random.between(0, 2);
  if (random.chance(0.3)) schema.maxItems = random.between(2, 5);
  if (random.chance(0.15)) schema.uniqueItems = true;
  return schema;
}

/**
 * Unions of two kinds: branches of different types (where integer vs number and null overlap
 * matter for oneOf), and objects told apart by a discriminator, as event envelopes are.
 */
function unionNode(context, depth, keyword) {
  const { random, dialect: spell } = context;
  if (random.chance(0.5)) {
    const tags = random.shuffle(['a', 'b', 'c']).slice(0, random.between(2, 3));
    const branches = tags.map((tag) => {
      const branch = objectNode(context, depth + 1, false);
      branch.properties.kind = spell.constOf(tag);
      branch.required = [...new Set([...(branch.required ?? []), 'kind'])];
      return branch;
    });
    return { [keyword]: branches };
  }
  const makers = [
    () => stringNode(context),
    () => numberNode(context, 'integer'),
    () => numberNode(context, 'number'),
    () => ({ type: 'null' }),
    () => ({ type: 'boolean' }),
    () => enumNode(context),
  ];
  const branches = random.shuffle(makers).slice(0, random.between(2, 3));
  return { [keyword]: branches.map((make) => make()) };
}

/** allOf the way schemas compose: object fragments, or a type plus a constraint. */
function allOfNode(context, depth) {
  const { random } = context;
  if (random.chance(0.5)) {
    return { type: 'string', allOf: [{ minLength: random.between(0, 2) }, { maxLength: random.pick([4, 8, 16]) }] };
  }
  const first = objectNode(context, depth + 1, false);
  const second = objectNode(context, depth + 1, false);
  delete first.type;
  delete second.type;
  delete second.additionalProperties;
  delete first.additionalProperties;
  return { type: 'object', allOf: [first, second] };
}

function notNode(context) {
  const { random } = context;
  return random.pick([
    () => ({ type: 'string', not: { enum: [random.pick(WORDS)] } }),
    () => ({ type: 'integer', not: { multipleOf: 3 } }),
    () => ({ not: { type: 'null' } }),
    () => ({ type: 'object', not: { required: [random.pick(MEMBER_NAMES)] } }),
  ])();
}

/** A shared definition behind a local $ref, the shape bundled event schemas have. */
function refNode(context, depth) {
  const name = `d${++context.defCount}`;
  context.defs[name] = node(context, depth + 1);
  return { $ref: `#/${context.dialect.defsKey}/${name}` };
}
