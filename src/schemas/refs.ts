/**
 * Resolves every `$ref` of the repo against the repo itself, never the network, as ajv and the spec
 * do (2020-12 Core §8.2.3.1, §9.1.2): first against the retrieval URI (same-document pointers and
 * anchors, files relative to the referring file, absolute `$id`s), then against every `$id` of the
 * repo taken as written (`$id: "common/user.schema.json"`, referred to verbatim from any folder).
 * A URI that the referring document itself declares always resolves in that document, so a
 * duplicate `$id` elsewhere never captures its fragments; duplicates are listed for
 * schema-id-duplicate. Computed once per repo and shared by the ref rules, the example checker and
 * the diff engine ({@link resolveRefTarget}). A ref is only resolved one hop, so cycles cannot loop.
 */
import path from 'node:path';
import type { ContractRepo, SchemaDoc } from '../model/repo.js';
import { readInsideRoot } from '../repo/load.js';
import { parseSchemaText } from '../repo/parse.js';
import { getAtPointer } from '../util/json-pointer.js';
import { analyzeDoc, analyzeRepo, type AnalyzedDoc } from './analyze.js';
import { isKnownMetaSchemaUri } from './drafts.js';
import { fileUri, fragmentOf, hasScheme, ID_BASE, REPO_BASE, resolveUri, withoutFragment } from './uris.js';

type RefProblem = 'unresolved' | 'remote' | 'outside';

export interface RefCheck {
  from: AnalyzedDoc;
  /** Pointer of the `$ref` keyword. */
  pointer: string;
  ref: string;
  problem?: { kind: RefProblem; message: string };
  /** The repo file the ref lands in, when it resolved to one. */
  targetFile?: string;
  /** The absolute URI (no fragment) a validator computes for the ref; an alias when evt found the file by path. */
  targetUri?: string;
}

export interface RefGraph {
  checks: RefCheck[];
  /** Repo files that are not layout schema documents but are referenced (`common/money.json`). */
  external: Map<string, Pick<AnalyzedDoc, 'doc' | 'index'>>;
  /** URIs that more than one file declares as its `$id`, with those files in load order. */
  duplicateIds: Array<{ id: string; files: string[] }>;
}

interface Resource {
  uri: string;
  doc: SchemaDoc;
  pointer: string;
}

interface Resolver {
  repo: ContractRepo;
  resources: Map<string, Resource>;
  /** Per file, the URIs it declares itself: a ref to one of them never leaves the file. */
  own: Map<string, Map<string, Resource>>;
  /** URI -> every file that declares it, when there is more than one. */
  claims: Map<string, Set<string>>;
  anchors: Set<string>;
  external: RefGraph['external'];
}

const byRepo = new WeakMap<ContractRepo, RefGraph>();

export function checkRefs(repo: ContractRepo): RefCheck[] {
  return refGraph(repo).checks;
}

export function refGraph(repo: ContractRepo): RefGraph {
  let graph = byRepo.get(repo);
  if (!graph) {
    graph = buildGraph(repo, analyzeRepo(repo));
    byRepo.set(repo, graph);
  }
  return graph;
}

function buildGraph(repo: ContractRepo, docs: AnalyzedDoc[]): RefGraph {
  // the same resolver resolveRefTarget uses: every document is registered once per repo
  const resolver = resolverOf(repo);
  const checks = docs.flatMap((from) =>
    from.index.refs.map((entry) => ({
      from,
      pointer: entry.pointer,
      ref: entry.ref,
      ...resolveRef(resolver, from.doc.file, entry),
    })),
  );
  const duplicateIds = [...resolver.claims].map(([id, files]) => ({ id, files: [...files] }));
  return { checks, external: resolver.external, duplicateIds };
}

/**
 * Where a `$ref` written at `refPointer` of the repo file `fromFile` lands: the file, the JSON
 * pointer inside it and the subschema there; or why it does not resolve. The one resolver of evt:
 * lint's ref rules and the diff engine's cross-file refs both follow it. `refPointer` is the
 * pointer of the `$ref` keyword (it fixes the base URI); without it the document's root base is used.
 * @public The diff engine's entry point into lint's resolver (src/diff reuses it for cross-file refs).
 */
export function resolveRefTarget(
  repo: ContractRepo,
  fromFile: string,
  ref: string,
  refPointer?: string,
): { file: string; pointer: string; schema: unknown } | { problem: string } {
  const from = analyzeRepo(repo).find((a) => a.doc.file === fromFile) ?? refGraph(repo).external.get(fromFile);
  if (!from) return { problem: `${fromFile} is not a schema of the repo` };
  const entry = from.index.refs.find((r) => r.pointer === refPointer && r.ref === ref) ?? {
    ref,
    base: from.index.resources[0]?.uri ?? fileUri(fromFile),
    ...(from.index.resources[0]?.idUri ? { idBase: from.index.resources[0].idUri } : {}),
  };
  const resolver = resolverOf(repo);
  const found = resolveRef(resolver, fromFile, entry);
  if (found.problem) return { problem: found.problem.message };
  if (!found.resource) return { problem: `"${ref}" names a meta-schema, not a repo schema` };
  const pointer = found.resource.pointer + (found.fragmentPointer ?? '');
  return { file: found.resource.doc.file, pointer, schema: getAtPointer(found.resource.doc.json, pointer) };
}

const resolvers = new WeakMap<ContractRepo, Resolver>();

function resolverOf(repo: ContractRepo): Resolver {
  let resolver = resolvers.get(repo);
  if (!resolver) {
    resolver = {
      repo,
      resources: new Map(),
      own: new Map(),
      claims: new Map(),
      anchors: new Set(),
      external: new Map(),
    };
    for (const analyzed of analyzeRepo(repo)) register(resolver, analyzed);
    resolvers.set(repo, resolver);
  }
  return resolver;
}

function register(resolver: Resolver, analyzed: Pick<AnalyzedDoc, 'doc' | 'index'>): void {
  const file = analyzed.doc.file;
  const own = new Map<string, Resource>();
  for (const { uri, pointer, idUri } of analyzed.index.resources) {
    for (const key of idUri && idUri !== uri ? [uri, idUri] : [uri]) {
      const resource = { uri: key, doc: analyzed.doc, pointer };
      if (!own.has(key)) own.set(key, resource);
      const holder = resolver.resources.get(key);
      if (!holder) resolver.resources.set(key, resource);
      else if (holder.doc.file !== file) {
        const claims = resolver.claims.get(key) ?? new Set([holder.doc.file]);
        resolver.claims.set(key, claims.add(file));
      }
    }
  }
  resolver.own.set(file, own);
  for (const { uri, name } of analyzed.index.anchors) resolver.anchors.add(`${uri}#${name}`);
}

interface Resolved extends Pick<RefCheck, 'problem' | 'targetFile' | 'targetUri'> {
  resource?: Resource;
  /** The fragment's JSON pointer inside the resource, when the fragment is one. */
  fragmentPointer?: string;
}

function resolveRef(resolver: Resolver, file: string, entry: { ref: string; base: string; idBase?: string }): Resolved {
  const { ref, base } = entry;
  if (/^file:/i.test(ref)) return problem('outside', `"${ref}" reads the local disk, not the repo`);
  // Same-document refs (`#/$defs/x`, by far the most common) need no URI parsing.
  const target = ref.startsWith('#') ? base + ref : resolveUri(ref, base);
  if (target === undefined) return problem('unresolved', `"${ref}" is not a valid URI reference`);
  const uri = withoutFragment(target);
  const relativeFile = hasScheme(ref) || withoutFragment(ref) === '' ? undefined : repoFile(file, ref);
  const byId = entry.idBase && !ref.startsWith('#') ? resolveUri(ref, entry.idBase) : undefined;
  const resource =
    lookup(resolver, file, uri) ??
    (byId === undefined ? undefined : lookup(resolver, file, withoutFragment(byId))) ??
    // a relative-looking ref in a document without `$id` may name a relative-looking `$id` verbatim
    (relativeFile !== undefined ? lookupWritten(resolver, file, ref) : undefined);
  if (!resource && relativeFile === null && base.startsWith(REPO_BASE))
    return problem('outside', `"${ref}" leaves the repository root`);
  const found =
    resource ??
    (relativeFile ? fileResource(resolver, relativeFile) : undefined) ??
    (relativeFile ? unloadedById(resolver, file, ref) : undefined);
  if (!found) return unresolvable(ref, uri, relativeFile);
  const fragment = fragmentOf(target);
  return {
    ...resolveFragment(resolver, found, ref, fragment),
    targetFile: found.doc.file,
    targetUri: uri,
    resource: found,
    ...(fragment?.startsWith('/') ? { fragmentPointer: fragment } : {}),
  };
}

function lookupWritten(resolver: Resolver, file: string, ref: string): Resource | undefined {
  const uri = resolveUri(ref, ID_BASE);
  return uri === undefined ? undefined : lookup(resolver, file, withoutFragment(uri));
}

/** The resource a URI names: the referring file's own first, so a duplicate `$id` elsewhere never captures it. */
function lookup(resolver: Resolver, file: string, uri: string): Resource | undefined {
  return resolver.own.get(file)?.get(uri) ?? resolver.resources.get(uri);
}

function unresolvable(ref: string, uri: string, relativeFile: string | null | undefined): Resolved {
  if (isKnownMetaSchemaUri(uri)) return {};
  if (relativeFile === null) return problem('outside', `"${ref}" leaves the repository root`);
  if (hasScheme(ref) && /^https?:/i.test(uri))
    return problem('remote', `"${ref}" is not the $id of any schema in the repo, and evt never fetches schemas`);
  return problem(
    'unresolved',
    relativeFile ? `"${ref}": no schema at ${relativeFile}` : `"${ref}": no schema in the repo has $id ${uri}`,
  );
}

function resolveFragment(resolver: Resolver, resource: Resource, ref: string, fragment: string | undefined): Resolved {
  if (!fragment) return {};
  if (fragment.startsWith('/')) {
    if (getAtPointer(resource.doc.json, resource.pointer + fragment) !== undefined) return {};
    return problem('unresolved', `"${ref}": ${resource.doc.file} has nothing at ${fragment}`);
  }
  if (resolver.anchors.has(`${resource.uri}#${fragment}`)) return {};
  // anchors are recorded under the retrieval-based URI; a resource found by its written `$id` has both
  const own = resolver.own.get(resource.doc.file);
  for (const [uri, r] of own ?? [])
    if (r.pointer === resource.pointer && resolver.anchors.has(`${uri}#${fragment}`)) return {};
  return problem('unresolved', `"${ref}": no anchor "${fragment}" in ${resource.doc.file}`);
}

/** The repo-relative file a relative ref names; null when it climbs above the repo root. */
function repoFile(from: string, ref: string): string | null {
  let refPath = withoutFragment(ref).replace(/\?.*$/, '');
  try {
    refPath = decodeURIComponent(refPath);
  } catch {
    // keep the raw text; a file with that literal name may exist
  }
  // An absolute-path reference (`/common/x.json`) is taken from the repo root, as the base URI implies.
  const joined = refPath.startsWith('/')
    ? path.posix.normalize(refPath.slice(1))
    : path.posix.normalize(path.posix.join(path.posix.dirname(from), refPath));
  return joined === '..' || joined.startsWith('../') ? null : joined;
}

/**
 * A relative-looking `$id` of a file no template placed (`common/user.schema.json`, kept beside the
 * event folders): the file at that path below one of the referring file's ancestor folders, read
 * on demand, taken only when its `$id` is that very text, so it is found by `$id`, not by guessing.
 */
function unloadedById(resolver: Resolver, from: string, ref: string): Resource | undefined {
  const written = withoutFragment(ref);
  if (written.startsWith('/') || written.startsWith('.')) return undefined;
  const idUri = resolveUri(written, ID_BASE);
  for (let dir = path.posix.dirname(from); ; dir = path.posix.dirname(dir)) {
    const candidate = dir === '.' ? written : `${dir}/${written}`;
    if (candidate !== repoFile(from, ref) && fileResource(resolver, candidate)) {
      const resource = idUri === undefined ? undefined : lookup(resolver, from, idUri);
      if (resource) return resource;
    }
    if (dir === '.' || dir === '/') return undefined;
  }
}

/** A repo file that is not one of the loaded schema docs (a shared `common/money.json`), read on demand. */
function fileResource(resolver: Resolver, file: string): Resource | undefined {
  const uri = fileUri(file);
  if (!resolver.external.has(file) && !resolver.resources.has(uri)) {
    const text = readInsideRoot(resolver.repo.root, file, []);
    const doc = text === undefined ? undefined : parseSchemaText(file, text);
    const analyzed = doc ? analyzeDoc(doc) : null;
    if (analyzed) register(resolver, analyzed);
    if (analyzed) resolver.external.set(file, analyzed);
  }
  return resolver.resources.get(uri);
}

function problem(kind: RefProblem, message: string): Resolved {
  return { problem: { kind, message } };
}
