// The little the referee needs to read a schema to generate for it: local $ref resolution and
// keyword access. Acceptance is never decided here (ajv decides, validate.mjs); a mistake here
// only makes the search generate worse candidates, never a wrong verdict.

/** Resolves a local reference (`#`, `#/...`) against `root`; undefined for anything else. */
export function resolveRef(root, ref) {
  if (typeof ref !== 'string' || !ref.startsWith('#')) return undefined;
  if (ref === '#') return root;
  if (!ref.startsWith('#/')) return undefined;
  let target = root;
  for (const raw of ref.slice(2).split('/')) {
    const token = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    if (!target || typeof target !== 'object' || !Object.hasOwn(target, token)) return undefined;
    target = target[token];
  }
  return target;
}

export const isSchemaObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);

/** The tuple prefix of an array schema in any draft (2020-12 prefixItems, or an items array). */
export function tupleOf(schema) {
  if (Array.isArray(schema.prefixItems)) return { prefix: schema.prefixItems, rest: schema.items };
  if (Array.isArray(schema.items)) return { prefix: schema.items, rest: schema.additionalItems };
  return { prefix: [], rest: schema.items };
}

/** Every value reachable in a schema document, for collecting its constants. */
export function* everyNode(value) {
  const stack = [value];
  while (stack.length > 0) {
    const current = stack.pop();
    yield current;
    if (current && typeof current === 'object') stack.push(...Object.values(current));
  }
}
