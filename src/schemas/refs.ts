/**
 * Resolves every `$ref` of the repo against the repo itself, never the network: same-document
 * pointers and anchors, files relative to the referring file, and the `$id`s of repo schemas
 * (2020-12 Core §8.2.3.1, §9.1.2). Computed once per repo and shared by the ref rules and the
 * example checker. A ref is only resolved one hop, so `$ref` cycles cannot loop.
 */
import path from 'node:path';
import type { ContractRepo, SchemaDoc } from '../model/repo.js';
import { readInsideRoot } from '../repo/load.js';
import { parseSchemaText } from '../repo/parse.js';
import { getAtPointer } from '../util/json-pointer.js';
import { analyzeDoc, analyzeRepo, type AnalyzedDoc } from './analyze.js';
import { isKnownMetaSchemaUri } from './drafts.js';
import { fileUri, fragmentOf, hasScheme, REPO_BASE, resolveUri, withoutFragment } from './uris.js';

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
}

interface Resource {
  uri: string;
  doc: SchemaDoc;
  pointer: string;
}

interface Resolver {
  repo: ContractRepo;
  resources: Map<string, Resource>;
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
    const resolver: Resolver = { repo, resources: new Map(), anchors: new Set(), external: new Map() };
    const docs = analyzeRepo(repo);
    for (const analyzed of docs) register(resolver, analyzed);
    const checks = docs.flatMap((from) =>
      from.index.refs.map((entry) => ({
        from,
        pointer: entry.pointer,
        ref: entry.ref,
        ...resolveRef(resolver, from.doc.file, entry.ref, entry.base),
      })),
    );
    graph = { checks, external: resolver.external };
    byRepo.set(repo, graph);
  }
  return graph;
}

function register(resolver: Resolver, analyzed: Pick<AnalyzedDoc, 'doc' | 'index'>): void {
  for (const { uri, pointer } of analyzed.index.resources)
    if (!resolver.resources.has(uri)) resolver.resources.set(uri, { uri, doc: analyzed.doc, pointer });
  for (const { uri, name } of analyzed.index.anchors) resolver.anchors.add(`${uri}#${name}`);
}

function resolveRef(
  resolver: Resolver,
  file: string,
  ref: string,
  base: string,
): Pick<RefCheck, 'problem' | 'targetFile' | 'targetUri'> {
  if (/^file:/i.test(ref)) return problem('outside', `"${ref}" reads the local disk, not the repo`);
  // Same-document refs (`#/$defs/x`, by far the most common) need no URI parsing.
  const target = ref.startsWith('#') ? base + ref : resolveUri(ref, base);
  if (target === undefined) return problem('unresolved', `"${ref}" is not a valid URI reference`);
  const uri = withoutFragment(target);
  const relativeFile = hasScheme(ref) || withoutFragment(ref) === '' ? undefined : repoFile(file, ref);
  if (relativeFile === null && base.startsWith(REPO_BASE))
    return problem('outside', `"${ref}" leaves the repository root`);
  const resource = resolver.resources.get(uri) ?? (relativeFile ? fileResource(resolver, relativeFile) : undefined);
  if (!resource) return unresolvable(ref, uri, relativeFile);
  return {
    ...resolveFragment(resolver, resource, ref, fragmentOf(target)),
    targetFile: resource.doc.file,
    targetUri: uri,
  };
}

function unresolvable(ref: string, uri: string, relativeFile: string | null | undefined): Pick<RefCheck, 'problem'> {
  if (isKnownMetaSchemaUri(uri)) return {};
  if (relativeFile === null) return problem('outside', `"${ref}" leaves the repository root`);
  if (hasScheme(ref) && /^https?:/i.test(uri))
    return problem('remote', `"${ref}" is not the $id of any schema in the repo, and evt never fetches schemas`);
  return problem(
    'unresolved',
    relativeFile ? `"${ref}": no schema at ${relativeFile}` : `"${ref}": no schema in the repo has $id ${uri}`,
  );
}

function resolveFragment(
  resolver: Resolver,
  resource: Resource,
  ref: string,
  fragment: string | undefined,
): Pick<RefCheck, 'problem'> {
  if (!fragment) return {};
  if (fragment.startsWith('/')) {
    if (getAtPointer(resource.doc.json, resource.pointer + fragment) !== undefined) return {};
    return problem('unresolved', `"${ref}": ${resource.doc.file} has nothing at ${fragment}`);
  }
  if (resolver.anchors.has(`${resource.uri}#${fragment}`)) return {};
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

function problem(kind: RefProblem, message: string): Pick<RefCheck, 'problem'> {
  return { problem: { kind, message } };
}
