/**
 * Whole-run replay for `--cache`: a lint, diff or check run whose every input is unchanged replays
 * the previous run's findings instead of parsing schemas and running rules (the per-file cache in
 * cache.ts then only helps runs where something did change).
 *
 * The key is a SHA-1 over evt's version, the command, the options that shape findings, the repo
 * root, the config file (path and bytes) and every file the loader lists (path and bytes): an
 * added, removed, renamed or edited schema, registry, envelope or union file, a changed
 * .gitignore (it changes the listing) or config invalidates it. The per-file cache's own file, when
 * the loader lists it (a --cache-location inside the repo), is keyed by name only: evt rewrites it
 * after runs that change something. Should the loader have used it (a template matching it), its
 * bytes are recorded and checked like the union's below. Files are read with the loader's
 * own guarded reader (`rootReader`: no link out of the repo, no FIFO, nothing over the size
 * limit), and on a miss the bytes read for the key are handed to the loader, so nothing is read
 * twice. A file the loader reads outside the listing (a configured union path) is recorded with
 * its digest and checked before a replay.
 *
 * Stored: the positioned findings and notes before approvals. Approvals are applied on every run,
 * from the approvals file as it is now and today's date, as a cold run does.
 *
 * The snapshot is one file per command (`evt-run-<command>.cache`, not a name the loader lists):
 * a header line with the format, the key and a SHA-1 of the body, then the JSON body. Anything
 * that does not check out is a miss; the file is rewritten atomically, only when it changed.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Finding } from '../model/finding.js';
import type { ContractRepo } from '../model/repo.js';
import type { RuleEntry } from '../model/rule.js';
import { configFilePath } from '../repo/config.js';
import { readInsideRoot, workingTree, type FileReader, type RepoReader } from '../repo/load.js';
import type { SchemaSource } from '../repo/parse.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { toRepoPath } from '../util/paths.js';
import { CACHE_FILE } from './cache.js';
import { appendAll } from '../util/append.js';

const FORMAT = 3;
const MAGIC = 'evt-run';

export interface ReplayRequest {
  /** Absolute repo root, as the loader resolves it. */
  root: string;
  command: string;
  /** evt's version: a new evt never replays an old one's findings. */
  version: string;
  /** Every option that shapes findings (not --format, --output or --fail-on). */
  options: Record<string, unknown>;
  /** --config, absolute. */
  configFile?: string;
  /** Absolute cache directory. */
  cacheDir: string;
}

/** What a run stores: enough to build the report a cold run would. */
export interface RunSnapshot {
  findings: Finding[];
  notes: string[];
  /** The docs of the rules the findings name (the report's `rules`): a replay loads no rule module. */
  rules: RuleEntry[];
  /** The resolved config's approvals path (config.approvals): read again on every replay. */
  approvals?: string;
  /** Files read outside the listing, with what was read (see `extraDigest`). */
  extras: Array<[string, string]>;
}

type Read = { source: SchemaSource | undefined; skipped: ContractRepo['skipped'] };

export class RunReplay {
  /** Files read for the key: served to the loader on a miss. Dropped once loaded. */
  private reads = new Map<string, Read>();
  /** Files the loader read that were not listed (with their digests). */
  private readonly extraReads = new Map<string, string>();

  private constructor(
    readonly file: string,
    readonly key: string,
    private readonly root: string,
    /** Reads a repo file with the loader's guards (rootReader). */
    private readonly read: FileReader,
    private readonly files: readonly string[],
    private readonly linkedDirs: ContractRepo['skipped'],
    reads: Map<string, Read>,
    /** The per-file cache file with its digest, when the loader lists it (its content is left out of the key). */
    private readonly ownFile: [string, string] | undefined,
  ) {
    this.reads = reads;
  }

  /**
   * Lists and reads the repo and computes the key. Undefined when something is off that the loader
   * reports better (no such directory, a missing or odd config file): the run goes the normal way.
   */
  static async open(request: ReplayRequest): Promise<RunReplay | undefined> {
    try {
      const root = path.resolve(request.root);
      if (!fs.statSync(root).isDirectory()) return undefined;
      const config = configDigest(root, request.configFile);
      if (config === undefined) return undefined;
      // the loader's own listing and reader: the same guards, and the same bytes a cold run would parse
      const { files, linkedDirs, read } = await workingTree(root)();
      const hash = createHash('sha1').update(
        JSON.stringify([FORMAT, request.version, request.command, request.options, root, config, linkedDirs]),
      );
      const reads = new Map<string, Read>();
      const cacheDir = path.resolve(request.cacheDir);
      const cacheFile = toRepoPath(root, path.join(cacheDir, CACHE_FILE));
      let ownFile: [string, string] | undefined;
      for (const file of files) {
        const skipped: ContractRepo['skipped'] = [];
        const source = read(file, skipped);
        reads.set(file, { source, skipped });
        if (file === cacheFile) {
          hash.update(`\0${file}\0the per-file cache`);
          ownFile = [file, digestOf(source, skipped)];
        } else feed(hash, source, skipped, `\0${file}\0`);
      }
      const file = path.join(cacheDir, `${MAGIC}-${request.command.replace(/[^a-z]/g, '')}.cache`);
      return new RunReplay(file, hash.digest('hex'), root, read, files, linkedDirs, reads, ownFile);
    } catch {
      return undefined;
    }
  }

  /** The stored snapshot when every input is as it was, else undefined (a missing or corrupt file is a miss). */
  lookup(): RunSnapshot | undefined {
    let snapshot: RunSnapshot;
    try {
      const body = this.storedBody();
      if (body === undefined) return undefined;
      snapshot = JSON.parse(body) as RunSnapshot;
      if (!isSnapshot(snapshot)) return undefined;
      if (snapshot.extras.some(([file, digest]) => extraDigest(this.root, file, this.read) !== digest))
        return undefined;
    } catch {
      return undefined;
    }
    return snapshot;
  }

  /** The listing and a reader serving the bytes read for the key, for `loadContractRepo`. */
  get reader(): RepoReader {
    const read: FileReader = (file, skipped) => {
      const known = this.reads.get(file);
      if (known) {
        appendAll(skipped, known.skipped);
        return known.source;
      }
      const own: ContractRepo['skipped'] = [];
      const source = this.read(file, own);
      appendAll(skipped, own);
      this.extraReads.set(file, digestOf(source, own));
      return source;
    };
    return () => ({ files: [...this.files], linkedDirs: [...this.linkedDirs], read });
  }

  /** The loader has what it needs: the bytes need not be held any longer. */
  release(): void {
    this.reads = new Map();
  }

  /** Stores a cold run's findings and notes (before approvals); a cache that cannot be written only costs the next run time. */
  store(
    repo: ContractRepo,
    { findings, notes, rules }: { findings: readonly Finding[]; notes: readonly string[]; rules: readonly RuleEntry[] },
  ): void {
    const extras = new Map(this.extraReads);
    // a configured union path that did not exist was not read; creating it must invalidate
    const union = repo.config.layout.union;
    if (union && !this.files.includes(union) && !extras.has(union))
      extras.set(union, extraDigest(this.root, union, this.read));
    // the per-file cache's file, if the loader made something of it: its bytes as read
    if (this.ownFile && usedFiles(repo).has(this.ownFile[0])) extras.set(...this.ownFile);
    const named = new Set(findings.map((f) => f.ruleId));
    const snapshot: RunSnapshot = {
      findings: [...findings],
      notes: [...notes],
      rules: rules.filter((r) => named.has(r.id)),
      ...(repo.config.approvals === undefined ? {} : { approvals: repo.config.approvals }),
      extras: [...extras],
    };
    const body = JSON.stringify(snapshot);
    const text = `${MAGIC} ${FORMAT} ${this.key} ${sha1(body)}\n${body}`;
    try {
      if (fs.readFileSync(this.file, 'utf8') === text) return;
    } catch {
      // no snapshot yet
    }
    try {
      writeFileAtomic(this.file, text);
    } catch {
      // read-only checkout, full disk: the report is still right
    }
  }

  /** The body of the snapshot file when its header names this key and the body is intact. */
  private storedBody(): string | undefined {
    const text = fs.readFileSync(this.file, 'utf8');
    const newline = text.indexOf('\n');
    if (newline < 0) return undefined;
    const [magic, format, key, digest, ...rest] = text.slice(0, newline).split(' ');
    if (magic !== MAGIC || format !== String(FORMAT) || key !== this.key || rest.length > 0) return undefined;
    const body = text.slice(newline + 1);
    return sha1(body) === digest ? body : undefined;
  }
}

/** The config file the loader would read (configFilePath), as path and digest; undefined when the loader would fail or it is not a plain file. */
function configDigest(root: string, explicit: string | undefined): [string, string] | ['none'] | undefined {
  const file = configFilePath(root, explicit);
  if (!file) return ['none'];
  if (!fs.existsSync(file)) return undefined;
  // the guarded reader, rooted at the config's own folder: no FIFO, nothing huge, no link elsewhere
  const skipped: ContractRepo['skipped'] = [];
  const source = readInsideRoot(path.dirname(file), path.basename(file), skipped);
  if (!(source instanceof Uint8Array)) return undefined;
  return [file, createHash('sha1').update(source).digest('hex')];
}

/** Every file the loader made something of: a schema, a rejected one, the envelope, registry or union, a skipped file. */
function usedFiles(repo: ContractRepo): Set<string> {
  const files = [...repo.docs, ...(repo.rejected ?? [])].map((d) => d.file);
  if (repo.envelope) files.push(repo.envelope.file);
  if (repo.registry) files.push(repo.registry.doc.file);
  if (repo.union) files.push(repo.union.file);
  return new Set([...files, ...repo.skipped.map((s) => s.file)]);
}

/** What the loader would get for a file it reads by a configured path. */
function extraDigest(root: string, file: string, read: FileReader): string {
  if (!fs.existsSync(path.join(root, file))) return 'absent';
  const skipped: ContractRepo['skipped'] = [];
  return digestOf(read(file, skipped), skipped);
}

function digestOf(source: SchemaSource | undefined, skipped: ContractRepo['skipped']): string {
  const hash = createHash('sha1');
  feed(hash, source, skipped);
  return hash.digest('hex');
}

/** Bytes with their length; a size, a text or skip reasons each with their own tag: no two reads feed the same. `prefix` (the path) goes first. */
function feed(
  hash: ReturnType<typeof createHash>,
  source: SchemaSource | undefined,
  skipped: ContractRepo['skipped'],
  prefix = '',
): void {
  if (source === undefined) hash.update(`${prefix}skipped ${JSON.stringify(skipped)}`);
  else if (typeof source === 'string') hash.update(`${prefix}text ${source.length}\0`).update(source);
  else if (source instanceof Uint8Array) hash.update(`${prefix}bytes ${source.length}\0`).update(source);
  else hash.update(`${prefix}oversized ${source.oversized}`);
}

function sha1(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

function isSnapshot(value: unknown): value is RunSnapshot {
  const s = value as RunSnapshot;
  return (
    typeof s === 'object' &&
    s !== null &&
    Array.isArray(s.findings) &&
    s.findings.every(
      (f) => typeof f === 'object' && f !== null && typeof f.ruleId === 'string' && typeof f.message === 'string',
    ) &&
    Array.isArray(s.notes) &&
    s.notes.every((n) => typeof n === 'string') &&
    Array.isArray(s.rules) &&
    (s.approvals === undefined || typeof s.approvals === 'string') &&
    Array.isArray(s.extras) &&
    s.extras.every((e) => Array.isArray(e) && typeof e[0] === 'string' && typeof e[1] === 'string')
  );
}
