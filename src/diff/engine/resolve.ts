import { getAtPointer, joinPointer } from '../../util/json-pointer.js';
import { isObject, type JsonSchema } from './json.js';
import { asSchemaDocument } from './sanitize.js';

/** A subschema together with where it lives: its JSON pointer in the document and its base URI. */
export interface Located {
  schema: JsonSchema;
  pointer: string;
  base: string;
}

const ROOT_BASE = 'evt:/root';
/** Longest `$ref` chain followed before giving up (a chain longer than this is a cycle of refs). */
const MAX_REF_HOPS = 32;

/**
 * Resolves local references inside one document: JSON pointers (`#/$defs/x`, `#/definitions/x`),
 * `$anchor`s, and URIs relative to an embedded `$id` (2020-12 Core §8.2.1, §8.2.2). External documents
 * are out of scope: such a `$ref` resolves to `undefined` and the walker treats it as opaque.
 */
export class Resolver {
  /** Built on the first lookup: most documents have no `$ref`, and indexing is a walk of the whole document. */
  private indexed?: Map<string, { schema: JsonSchema; pointer: string }>;

  /** `doc` read through {@link asSchemaDocument} (malformed subschemas left out), as indexed. */
  readonly doc: JsonSchema;

  constructor(doc: unknown) {
    this.doc = asSchemaDocument(doc);
  }

  private get resources(): Map<string, { schema: JsonSchema; pointer: string }> {
    if (!this.indexed) {
      this.indexed = new Map();
      this.index(this.doc, '', ROOT_BASE);
    }
    return this.indexed;
  }

  get rootBase(): string {
    return this.baseOf(this.doc, ROOT_BASE);
  }

  baseOf(schema: JsonSchema, parentBase: string): string {
    if (!isObject(schema) || typeof schema.$id !== 'string' || schema.$id.startsWith('#')) return parentBase;
    return stripFragment(safeUrl(schema.$id, parentBase) ?? parentBase);
  }

  /** Follows `$ref` until a schema without one; returns the start itself when it has no `$ref`. */
  deref(start: Located): Located {
    let current = start;
    for (let hop = 0; hop < MAX_REF_HOPS; hop++) {
      const node = current.schema;
      if (!isObject(node) || typeof node.$ref !== 'string') return current;
      const target = this.lookup(node.$ref, this.baseOf(node, current.base));
      if (!target) return current;
      current = target;
    }
    return current;
  }

  lookup(ref: string, base: string): Located | undefined {
    const absolute = safeUrl(ref, base);
    if (!absolute) return undefined;
    const hash = absolute.indexOf('#');
    const resourceUri = hash < 0 ? absolute : absolute.slice(0, hash);
    const fragment = hash < 0 ? '' : decodeURIComponent(absolute.slice(hash + 1));
    const resource = this.resources.get(resourceUri);
    if (!resource) return undefined;
    if (fragment === '' || fragment.startsWith('/')) {
      const schema = getAtPointer(resource.schema, fragment);
      if (typeof schema !== 'boolean' && !isObject(schema)) return undefined;
      // a pointer may lead anywhere, e.g. into an unknown keyword the document-level pass left alone
      return { schema: asSchemaDocument(schema), pointer: resource.pointer + fragment, base: resourceUri };
    }
    const anchored = this.resources.get(`${resourceUri}#${fragment}`);
    return anchored && { schema: asSchemaDocument(anchored.schema), pointer: anchored.pointer, base: resourceUri };
  }

  private index(node: unknown, pointer: string, parentBase: string): void {
    if (Array.isArray(node)) {
      node.forEach((item, i) => this.index(item, `${pointer}/${i}`, parentBase));
      return;
    }
    if (!isObject(node)) return;
    const base = this.baseOf(node, parentBase);
    if (pointer === '' || base !== parentBase) this.resources.set(base, { schema: node, pointer });
    if (pointer === '') this.resources.set(ROOT_BASE, { schema: node, pointer });
    for (const key of ['$anchor', '$dynamicAnchor']) {
      if (typeof node[key] === 'string')
        this.resources.set(`${base}#${node[key] as string}`, { schema: node, pointer });
    }
    if (typeof node.$id === 'string' && node.$id.startsWith('#'))
      this.resources.set(`${base}${node.$id}`, { schema: node, pointer });
    for (const [key, value] of Object.entries(node)) {
      if (key === 'enum' || key === 'const' || key === 'examples' || key === 'default') continue;
      if (typeof value === 'object' && value !== null) this.index(value, joinPointer(pointer, key), base);
    }
  }
}

function safeUrl(ref: string, base: string): string | undefined {
  try {
    return new URL(ref, base).href;
  } catch {
    return undefined;
  }
}

function stripFragment(uri: string): string {
  const hash = uri.indexOf('#');
  return hash < 0 ? uri : uri.slice(0, hash);
}
