/**
 * URI handling for `$id` and `$ref` (RFC 3986 resolution via WHATWG URL). A document without `$id`
 * gets a retrieval URI under REPO_BASE, a reserved `.invalid` host (RFC 2606) that is never fetched,
 * so file-relative refs resolve with the same rules as `$id`-relative ones.
 */
export const REPO_BASE = 'https://repo.evt.invalid/';

/**
 * The base a relative-looking `$id` is resolved against on its own, as ajv and most loaders do
 * (they key a schema by its `$id` as written): `common/user.schema.json` in any folder of the repo
 * names one resource, and `$ref: "common/user.schema.json"` from a schema whose `$id` is
 * `issues$opened` reaches it. Another reserved host, so it never collides with a retrieval URI.
 */
export const ID_BASE = 'https://id.evt.invalid/';

/** The retrieval URI evt gives a repo file. */
export function fileUri(file: string): string {
  // Repo-relative paths have no `.`/`..` segments, so joining encoded segments equals URL resolution.
  return REPO_BASE + file.split('/').map(encodeURIComponent).join('/');
}

export function resolveUri(reference: string, base: string): string | undefined {
  try {
    return new URL(reference, base).href;
  } catch {
    return undefined;
  }
}

export function withoutFragment(uri: string): string {
  const hash = uri.indexOf('#');
  return hash === -1 ? uri : uri.slice(0, hash);
}

/** The fragment of `uri` (percent-decoded), or undefined when it has none. */
export function fragmentOf(uri: string): string | undefined {
  const hash = uri.indexOf('#');
  if (hash === -1) return undefined;
  try {
    return decodeURIComponent(uri.slice(hash + 1));
  } catch {
    return uri.slice(hash + 1);
  }
}

/** A plain-name fragment (`#foo`), which names an anchor rather than a JSON pointer. */
export function anchorOf(uri: string): string | undefined {
  const fragment = fragmentOf(uri);
  return fragment && !fragment.startsWith('/') ? fragment : undefined;
}

/** True when the reference carries its own scheme (`https:`, `urn:`, `file:`). */
export function hasScheme(reference: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(reference);
}
