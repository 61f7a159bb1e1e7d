/**
 * loadContractRepo: find the contracts (a walk of the tree, .gitignore respected), detect the layout, parse
 * every schema once and group versions per event. The result is plain data shared by every rule.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { EvtConfig, PresetName } from '../model/config.js';
import { EvtError } from '../model/errors.js';
import type { ContractRepo, EventContract, EventVersion, SchemaDoc } from '../model/repo.js';
import { isInside } from '../util/paths.js';
import { decodeUtf8 } from '../util/utf8.js';
import { readConfigFile, resolveConfig, type RawConfig } from './config.js';
import { GITIGNORE, gitignoreFilter, rootIgnoredBy } from './gitignore.js';
import { MAX_SCHEMA_BYTES, parseSchemaText, type SchemaSource } from './parse.js';
import { presetConfig } from './presets.js';
import { readRegistry } from './registry.js';
import { contractOf } from './scope.js';
import { withDetectedDefinitions } from './definitions.js';
import { compileTemplate, firstMatch, type TemplateMatch } from './templates.js';
import { readUnion } from './union.js';
import { compareVersions, parseVersion } from './versions.js';
import { appendAll } from '../util/append.js';

export interface LoadOptions {
  /** Path of the config file (default: evt.config.yaml at the root, when present). */
  configFile?: string;
  /** A config given as data (used instead of any file). */
  config?: RawConfig;
  /** A config already resolved, used as it is (a git revision or a worker thread reads with the tree's). */
  resolvedConfig?: EvtConfig;
  /** Where the files come from; default the working tree below the root. */
  reader?: RepoReader;
  /** Which of the listed files to read (default all): `--changed`, a diff's paired files, a thread's share. */
  only?: FileSelection;
}

/** What a reader lists, and how it reads a listed file (or a configured path outside the listing). */
export interface RepoFiles {
  /** Every candidate file, sorted (schemas, envelope, registry, union, other JSON/YAML). */
  files: string[];
  /** Symbolic links to directories outside the repo, found by the walk (reported, never read). */
  linkedDirs: ContractRepo['skipped'];
  read: FileReader;
}

/** Where a load gets its files: the working tree (workingTree), a git revision, or bytes already read. */
export type RepoReader = () => RepoFiles | Promise<RepoFiles>;

/** Picks the files to read from the listing, once the config is known. */
export type FileSelection = (files: readonly string[], config: EvtConfig) => readonly string[];

/** Layouts tried, in order, when the config names none; the one that places the most files wins. */
const DETECTABLE: PresetName[] = ['sguild', 'goodgo', 'go4u', 'salestalk'];
const UNION_CANDIDATES = ['src/event-types.ts', 'src/event-names.ts', 'event-types.ts'];
const FALLBACK_TEMPLATES = ['{**}/{event}-v{version}.json', '{**}/{event}.schema.json'];

/** The one way to read a contracts repo: config, listing, the selected files parsed into the repo model. */
export async function loadContractRepo(dir: string, options: LoadOptions = {}): Promise<ContractRepo> {
  const root = path.resolve(dir);
  const listed = await (options.reader ?? workingTree(root))();
  const config = options.resolvedConfig ?? repoConfig(root, options, listed.files);
  const files = [...listed.files];
  // a configured union path the listing left out (not JSON/YAML, or ignored) is still read
  const union = config.layout.union;
  if (union && !files.includes(union) && fs.existsSync(path.join(root, union))) files.push(union);
  const repo = assembleRepo(root, config, [...(options.only?.(files, config) ?? files)], listed.read);
  appendAll(repo.skipped, listed.linkedDirs);
  // an empty-looking working tree may be one an enclosing repository's .gitignore hides
  const ignoredBy = !options.reader && repo.events.length === 0 ? rootIgnoredBy(root) : undefined;
  if (ignoredBy) repo.ignoredBy = ignoredBy;
  repo.skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return repo;
}

/**
 * The config a load of `files` uses: the config file's (or the given) values; without a layout, the
 * preset whose templates place the most files. The run plans resolve it before loading when they
 * split the files (src/plan/sharded.ts) and hand it to loadContractRepo as `resolvedConfig`.
 */
export function repoConfig(
  root: string,
  options: Pick<LoadOptions, 'configFile' | 'config'>,
  files: readonly string[],
): EvtConfig {
  const { raw, source } = options.config
    ? { raw: options.config, source: undefined }
    : readConfigFile(root, options.configFile);
  return { ...chooseConfig(raw, files), source };
}

/** The listing of the working tree: the walk's regular files are read without resolving links (rootReader). */
export interface WorkingTreeFiles extends RepoFiles {
  regularFiles: ReadonlySet<string>;
}

/** The working tree below `root`: the walk of listCandidateFiles, read with the guards of rootReader. */
export function workingTree(root: string): () => Promise<WorkingTreeFiles> {
  return async () => {
    assertDirectory(root);
    const { files, linkedDirs, regularFiles } = await listCandidateFiles(root);
    return { files, linkedDirs, regularFiles, read: rootReader(root, regularFiles) };
  };
}

/**
 * The working tree as git lists it (tracked and untracked files, .gitignore applied by git and by
 * evt's own filter), with the same candidate and ignore rules as the walk: what `--changed` reads,
 * because git answers from its index in a few milliseconds where the walk stats every file.
 * `extraLinks` are paths to check for links to outside directories (the walk finds those itself).
 */
export function gitListedTree(root: string, gitFiles: readonly string[], extraLinks: readonly string[]): RepoReader {
  return () => {
    assertDirectory(root);
    const ignored = gitignoreFilter(
      root,
      gitFiles.filter((f) => path.posix.basename(f) === GITIGNORE),
    );
    const files = gitFiles.filter((f) => isCandidate(f) && !isIgnoredPath(f) && !ignored?.(f)).sort();
    const linkedDirs = extraLinks
      .filter((f) => !isCandidate(f) && linksToOutsideDirectory(root, f))
      .map((file) => ({ file, reason: 'symbolic link to a directory outside the repo (not followed)' }));
    return { files, linkedDirs, read: rootReader(root) };
  };
}

function isCandidate(file: string): boolean {
  return CANDIDATE.test(file) || UNION_CANDIDATES.includes(file);
}

/** What the walk leaves out, as a test on a path: dot entries, node_modules, dist, package manifests, evt's own files. */
function isIgnoredPath(file: string): boolean {
  const segments = file.split('/');
  const name = segments[segments.length - 1] ?? '';
  return (
    segments.some((s) => s.startsWith('.') || s === 'node_modules' || s === 'dist') ||
    name === 'package.json' ||
    name === 'package-lock.json' ||
    /^tsconfig.*\.json$/.test(name) ||
    (segments.length === 1 && /^evt\.(config|approvals)\.y.*ml$/.test(name))
  );
}

/**
 * Every JSON/YAML file below the root, .gitignore respected. Symbolic links are listed too (as
 * links, never followed) so that a link leading out of the repo is reported rather than ignored;
 * so are directories with a schema file's name, which the reader reports as not files.
 * `linkedDirs` are symbolic links to directories outside the repo: their contents are never read.
 * `regularFiles` are the listed files the walk saw as regular files (see rootReader).
 */
async function listCandidateFiles(
  root: string,
): Promise<{ files: string[]; linkedDirs: ContractRepo['skipped']; regularFiles: Set<string> }> {
  const { entries, gitignores } = walkTree(root);
  // .gitignore files are found in the same walk and applied by gitignoreFilter (globby's own
  // `gitignore: true` costs ~1 s on 15k files)
  const ignored = gitignoreFilter(root, gitignores);
  const files: string[] = [];
  const linkedDirs: ContractRepo['skipped'] = [];
  const regularFiles = new Set<string>();
  for (const e of entries) {
    if (ignored?.(e.dirent.isDirectory() ? `${e.path}/` : e.path)) continue;
    if (CANDIDATE.test(e.path) || UNION_CANDIDATES.includes(e.path)) {
      files.push(e.path);
      if (e.dirent.isFile()) regularFiles.add(e.path);
    } else if (e.dirent.isSymbolicLink() && linksToOutsideDirectory(root, e.path))
      linkedDirs.push({ file: e.path, reason: 'symbolic link to a directory outside the repo (not followed)' });
  }
  return { files: files.sort(), linkedDirs, regularFiles };
}

/**
 * Every entry below the root but dot entries and what isIgnoredPath leaves out (node_modules, dist,
 * package.json, ...), which are not entered either; symbolic links are listed, never followed; and
 * the `.gitignore` files found on the way. A plain readdir walk: globby's gave the same entries in
 * ~0.19 s at 15,000 files, matching every path against the ignore globs, where this takes ~0.07 s.
 */
function walkTree(root: string): { entries: Array<{ path: string; dirent: fs.Dirent }>; gitignores: string[] } {
  const entries: Array<{ path: string; dirent: fs.Dirent }> = [];
  const gitignores: string[] = [];
  const pending = [''];
  for (let dir = pending.pop(); dir !== undefined; dir = pending.pop()) {
    for (const dirent of readDirectory(path.join(root, dir))) {
      const rel = dir === '' ? dirent.name : `${dir}/${dirent.name}`;
      if (dirent.name === GITIGNORE) {
        if (dirent.isFile()) gitignores.push(rel);
      } else if (!dirent.name.startsWith('.') && !isIgnoredPath(rel)) {
        entries.push({ path: rel, dirent });
        if (dirent.isDirectory()) pending.push(rel);
      }
    }
  }
  return { entries, gitignores };
}

/** A directory's entries; none when it went away since its parent was read (as globby skips it). */
function readDirectory(absolute: string): fs.Dirent[] {
  try {
    return fs.readdirSync(absolute, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

const CANDIDATE = /\.(json|ya?ml)$/i;

function linksToOutsideDirectory(root: string, file: string): boolean {
  try {
    const target = fs.realpathSync.native(path.join(root, file));
    return fs.statSync(target).isDirectory() && !isInside(fs.realpathSync.native(root), target);
  } catch {
    return false; // dangling or looping links to nothing evt would read
  }
}

function assertDirectory(root: string): void {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(root);
  } catch {
    throw new EvtError(`no such directory: ${root}`, 'pass the path of a contracts repo');
  }
  if (!stat.isDirectory())
    throw new EvtError(`not a directory: ${root}`, 'pass the path of a contracts repo, or two schema files to diff');
}

/** Config file values win; without a layout, the preset whose templates place the most files is used. */
function chooseConfig(raw: RawConfig, files: readonly string[]): EvtConfig {
  if (raw.preset || raw.layout?.schemas) return resolveConfig(raw, 'default');
  let best: { preset: PresetName; count: number } = { preset: 'default', count: 0 };
  for (const preset of DETECTABLE) {
    const templates = presetConfig(preset).layout.schemas.map(compileTemplate);
    const count = files.filter((f) => templates.some((t) => t.regex.test(f))).length;
    if (count > best.count) best = { preset, count };
  }
  const config = resolveConfig({ ...raw, preset: best.preset }, best.preset);
  if (best.preset === 'default') config.layout.schemas = [...FALLBACK_TEMPLATES];
  return config;
}

/** Reads one repo file (text, or bytes decoded strictly later); undefined when it could not be read (and the reason was recorded). */
export type FileReader = (file: string, skipped: ContractRepo['skipped']) => SchemaSource | undefined;

/** Builds the repo model from a file list and a reader. */
function assembleRepo(root: string, config: EvtConfig, files: string[], readText: FileReader): ContractRepo {
  const skipped: ContractRepo['skipped'] = [];
  const templates = config.layout.schemas.map(compileTemplate);
  const declared = config.layout.definitions?.map(compileTemplate);
  const isDeclaredDefinition = (file: string): boolean => declared?.some((t) => t.regex.test(file)) ?? false;
  // detection never takes a file a schema template places, nor a declared definition file
  const placed = (file: string): boolean => firstMatch(templates, file) !== undefined || isDeclaredDefinition(file);
  const envelopePath = locate(
    files,
    config.layout.envelope,
    /(^|\/)(event[-_.]?)?envelope([-_.][^/]*)?\.(json|ya?ml)$/i,
    placed,
  );
  const registryPath = locate(files, config.layout.registry, /(^|\/)[^/]*registry[^/]*\.(json|ya?ml)$/i, placed);
  const read = (file: string): SchemaDoc | undefined => {
    const text = readText(file, skipped);
    return text === undefined ? undefined : parseSchemaText(file, text);
  };

  const grouped = new Map<string, EventVersion[]>();
  const docs: SchemaDoc[] = [];
  const rejected: SchemaDoc[] = [];
  const definitions: string[] = [];
  for (const file of files) {
    if (file === envelopePath || file === registryPath) continue;
    const definition = isDeclaredDefinition(file);
    const match = definition ? undefined : firstMatch(templates, file);
    if (!match && !definition) continue;
    const doc = read(file);
    if (!doc) continue;
    (doc.parseError?.ruleId ? rejected : docs).push(doc);
    if (definition) {
      definitions.push(file);
      continue;
    }
    const placedVersion = placeVersion(match!, config, doc);
    const versions = grouped.get(placedVersion.name);
    if (versions) versions.push(placedVersion.version);
    else grouped.set(placedVersion.name, [placedVersion.version]);
  }
  const envelope = envelopePath ? read(envelopePath) : undefined;
  if (envelope) (envelope.parseError?.ruleId ? rejected : docs).push(envelope);
  const registryDoc = registryPath ? read(registryPath) : undefined;
  const repo: ContractRepo = {
    root,
    config,
    layout: config.preset,
    events: [...grouped]
      .map(([name, versions]): EventContract => ({ name, versions: versions.sort(byVersion) }))
      .sort((a, b) => (a.name < b.name ? -1 : 1)),
    docs: docs.sort((a, b) => (a.file < b.file ? -1 : 1)),
    rejected: [...rejected, ...(registryDoc?.parseError?.ruleId ? [registryDoc] : [])].sort((a, b) =>
      a.file < b.file ? -1 : 1,
    ),
    ...(envelope ? { envelope } : {}),
    ...(registryDoc ? { registry: readRegistry(registryDoc) } : {}),
    ...readUnionFile(files, config.layout.union, (f) => sourceText(f, readText(f, skipped), skipped)),
    ...(definitions.length > 0 ? { definitions } : {}),
    skipped,
  };
  return declared ? repo : withDetectedDefinitions(repo);
}

/** The event contract name and version a matched file belongs to. */
function placeVersion(
  match: TemplateMatch,
  config: EvtConfig,
  doc: SchemaDoc,
): { name: string; version: EventVersion } {
  const { name, versionText } = contractOf(match, config);
  const version = versionText === undefined ? null : (parseVersion(versionText, config.layout.versionFormat) ?? null);
  return { name, version: { event: match.event, version, doc } };
}

function byVersion(a: EventVersion, b: EventVersion): number {
  if (a.version && b.version) return compareVersions(a.version, b.version);
  return a.doc.file < b.doc.file ? -1 : 1;
}

/**
 * A configured path when it exists, else the first file that looks like one and that no template
 * placed (a `…-registry-configuration.json` payload schema is an event, not the registry); `false`
 * configures none.
 */
function locate(
  files: string[],
  configured: string | false | undefined,
  looksLike: RegExp,
  placed: (file: string) => boolean,
): string | undefined {
  if (configured === false) return undefined;
  if (configured && files.includes(configured)) return configured;
  return files.find((f) => looksLike.test(f) && !placed(f));
}

/**
 * The working-tree reader: the root's real path is resolved once per load instead of once per file.
 *
 * `listed` are paths the listing walk saw as regular files. The walk never follows symbolic links,
 * so such a path reaches its file through real directories only and cannot lead out of the repo:
 * resolving its real path (the costliest part of reading ~15,000 small files) proves nothing more.
 * It is opened with O_NOFOLLOW instead, so a file swapped for a symbolic link since the walk fails
 * to open (ELOOP) and goes through the full check of readInsideRoot like every path that does not
 * come from the walk (changed-file lists, config-given paths). Everything else readInsideRoot
 * checks after opening (not a regular file, over the size limit) is checked here the same way.
 * O_NOFOLLOW guards the last component only: a parent directory swapped for a link between the
 * walk and the open is not caught, the same race the full check has between its realpath and
 * its open (a shorter window); neither defends against a process rewriting the tree during a run.
 * Exported for tests, which swap files after a simulated walk.
 */
export function rootReader(root: string, listed: ReadonlySet<string> = new Set()): FileReader {
  let realRoot: string | undefined;
  const fullCheck: FileReader = (file, skipped) => {
    try {
      realRoot ??= fs.realpathSync.native(root);
    } catch {
      // left undefined: readInsideRoot resolves it itself and reports the failure
    }
    return readInsideRoot(root, file, skipped, realRoot);
  };
  // without O_NOFOLLOW (Windows) a swapped-in link would be followed: every path gets the full check
  if (listed.size === 0 || fs.constants.O_NOFOLLOW === undefined) return fullCheck;
  const scratch = new ScratchBuffer();
  return (file, skipped) => {
    if (!listed.has(file)) return fullCheck(file, skipped);
    const read = readListedFile(path.join(root, file), scratch);
    if (read === 'link') return fullCheck(file, skipped);
    if (typeof read === 'object' && 'reason' in read) return void skipped.push({ file, reason: read.reason });
    return read;
  };
}

/**
 * Reads a file the walk listed as a regular file (see rootReader), without resolving its real path.
 * Valid UTF-8 comes back as text, decoded straight from a buffer reused for every file (no buffer
 * per file for the garbage collector); other bytes come back as a copy, which the parser reports.
 */
function readListedFile(absolute: string, scratch: ScratchBuffer): SchemaSource | 'link' | { reason: string } {
  try {
    // O_NONBLOCK: opening a FIFO must not wait for a writer that never comes
    const fd = fs.openSync(absolute, fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW | (fs.constants.O_NONBLOCK ?? 0));
    try {
      const stat = fs.fstatSync(fd);
      if (stat.isDirectory()) return { reason: 'a directory, not a file' };
      if (!stat.isFile()) return { reason: 'not a regular file (a pipe, socket or device)' };
      if (stat.size > MAX_SCHEMA_BYTES) return { oversized: stat.size };
      const bytes = scratch.fill(fd, stat.size);
      const decoded = decodeUtf8(bytes);
      return 'text' in decoded ? decoded.text : new Uint8Array(bytes);
    } finally {
      fs.closeSync(fd);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // ELOOP: the last component is a symbolic link (EMLINK on FreeBSD): the full check reports or follows it
    return code === 'ELOOP' || code === 'EMLINK' ? 'link' : { reason: `cannot read: ${code ?? String(error)}` };
  }
}

/** One read buffer for a whole load, grown to the largest file read (at most MAX_SCHEMA_BYTES). */
class ScratchBuffer {
  private buffer = Buffer.allocUnsafe(64 * 1024);

  /** The file's first `size` bytes (fewer if it shrank since fstat), valid until the next fill. */
  fill(fd: number, size: number): Uint8Array {
    if (size > this.buffer.length)
      this.buffer = Buffer.allocUnsafe(Math.min(MAX_SCHEMA_BYTES, Math.max(size, this.buffer.length * 2)));
    return this.buffer.subarray(0, readInto(fd, this.buffer, size));
  }
}

/**
 * Reads a repo file as bytes, refusing anything that leads out of the repo (a symbolic link, or a
 * path through a linked directory), that is not a regular file (a directory, a FIFO that would block
 * forever, a device) or that is over the size limit (only its size is returned). Problems are
 * recorded in `skipped`, never thrown.
 */
export function readInsideRoot(
  root: string,
  file: string,
  skipped: ContractRepo['skipped'],
  realRoot?: string,
): SchemaSource | undefined {
  const absolute = path.resolve(root, file);
  const skip = (reason: string): undefined => void skipped.push({ file, reason });
  if (!isInside(root, absolute)) return skip('path outside the repo (not read)');
  try {
    const real = fs.realpathSync.native(absolute);
    if (!isInside(realRoot ?? fs.realpathSync.native(root), real)) {
      return skip(
        fs.lstatSync(absolute).isSymbolicLink()
          ? 'symbolic link to a path outside the repo (not followed)'
          : 'path leads out of the repo through a symbolic link (not followed)',
      );
    }
    // O_NONBLOCK: opening a FIFO must not wait for a writer that never comes
    const fd = fs.openSync(real, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
    try {
      const stat = fs.fstatSync(fd);
      if (stat.isDirectory()) return skip('a directory, not a file');
      if (!stat.isFile()) return skip('not a regular file (a pipe, socket or device)');
      if (stat.size > MAX_SCHEMA_BYTES) return { oversized: stat.size };
      return readAll(fd, stat.size);
    } finally {
      fs.closeSync(fd);
    }
  } catch (error) {
    return skip(`cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

function readAll(fd: number, size: number): Uint8Array {
  const buffer = Buffer.alloc(size);
  return buffer.subarray(0, readInto(fd, buffer, size));
}

/** Reads up to `size` bytes from the start of the file into `buffer`; the count read. */
function readInto(fd: number, buffer: Buffer, size: number): number {
  let filled = 0;
  while (filled < size) {
    const n = fs.readSync(fd, buffer, filled, size - filled, filled);
    if (n === 0) break;
    filled += n;
  }
  return filled;
}

/** A non-schema file's text (the union): strict UTF-8, under the size limit, or recorded as skipped. */
function sourceText(
  file: string,
  source: SchemaSource | undefined,
  skipped: ContractRepo['skipped'],
): string | undefined {
  if (source === undefined || typeof source === 'string') return source;
  if ('oversized' in source)
    return void skipped.push({
      file,
      reason: `${source.oversized.toLocaleString('en-US')} bytes, over the ${MAX_SCHEMA_BYTES / 1024 / 1024} MB limit (not read)`,
    });
  const decoded = decodeUtf8(source);
  if ('text' in decoded) return decoded.text;
  return void skipped.push({ file, reason: `not UTF-8 (bad byte at ${decoded.error.line}:${decoded.error.column})` });
}

function readUnionFile(
  files: string[],
  configured: string | false | undefined,
  readText: (file: string) => string | undefined,
): Pick<ContractRepo, 'union'> {
  if (configured === false) return {};
  const candidates = configured ? [configured] : UNION_CANDIDATES;
  for (const file of candidates) {
    if (!files.includes(file)) continue;
    const text = readText(file);
    if (text !== undefined) return { union: readUnion(file, text) };
  }
  return {};
}
