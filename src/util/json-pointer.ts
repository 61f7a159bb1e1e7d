/**
 * RFC 6901 JSON Pointers: the one module that escapes, joins, splits and follows them.
 *
 * Following a pointer reads own members only. Schema keys and `$ref` fragments are author data, so
 * `#/constructor`, `#/__proto__` or `#/toString` must not land on Object.prototype and count as
 * resolved; an array is entered only by a canonical index below its length (§4: `0` or a digit
 * string without a leading zero), never by `length` or `-`.
 */

const ARRAY_INDEX = /^(?:0|[1-9]\d*)$/;

/** One reference token, escaped (§3); the usual token with neither `~` nor `/` skips both regex passes. */
export function escapeToken(token: string | number): string {
  if (typeof token === 'number') return String(token);
  return token.includes('~') || token.includes('/') ? token.replace(/~/g, '~0').replace(/\//g, '~1') : token;
}

/**
 * §4: `~1` first, then `~0`, so `~01` stays the literal `~1`.
 * @internal Exported for test/util/json-pointer.test.ts: RFC 6901 escapes.
 */
export function unescapeToken(token: string): string {
  return token.includes('~') ? token.replace(/~1/g, '/').replace(/~0/g, '~') : token;
}

/** `base` with `tokens` appended, each escaped. */
export function joinPointer(base: string, ...tokens: Array<string | number>): string {
  let pointer = base;
  for (const token of tokens) pointer += `/${escapeToken(token)}`;
  return pointer;
}

/** The unescaped tokens of `pointer` ('' is the whole document and has none). */
export function splitPointer(pointer: string): string[] {
  return pointer === '' ? [] : pointer.slice(1).split('/').map(unescapeToken);
}

/** The value `pointer` names in `doc`, or undefined when a token is not an own member or array index. */
export function getAtPointer(doc: unknown, pointer: string): unknown {
  let node = doc;
  for (const token of splitPointer(pointer)) {
    if (Array.isArray(node)) {
      if (!ARRAY_INDEX.test(token) || Number(token) >= node.length) return undefined;
      node = node[Number(token)];
    } else if (node !== null && typeof node === 'object' && Object.hasOwn(node, token)) {
      node = (node as Record<string, unknown>)[token];
    } else return undefined;
  }
  return node;
}
