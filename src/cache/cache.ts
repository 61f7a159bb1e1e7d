/**
 * The `--cache` store (eslint --cache's idea): findings of the costly per-document lint rules keyed
 * by the file's content hash, and each version pair's diff findings keyed by both files' hashes and
 * the diff options. Everything is dropped when the evt version or the resolved config changes.
 * Repo-level rules (names, registry/union sync) are always recomputed: they are cheap.
 *
 * One JSON file, written atomically at the end of a run (a crash leaves the previous cache), and
 * holding only entries this run used, so it never grows with deleted files.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Finding } from '../model/finding.js';
import type { ContractRepo, SchemaDoc } from '../model/repo.js';
import { writeFileAtomic } from '../util/atomic-write.js';

export const DEFAULT_CACHE_DIR = '.evt-cache';
export const CACHE_FILE = 'evt-cache.json';
const FORMAT = 2;

interface CacheFile {
  format: number;
  /** evt version + config hash: any change invalidates every entry. */
  key: string;
  lint: Record<string, { hash: string; findings: Finding[] }>;
  diff: Record<string, { findings: Finding[]; notes: string[] }>;
}

export class FindingsCache {
  private readonly next: CacheFile;
  private readonly hashes = new WeakMap<SchemaDoc, string>();
  /** Something was stored, or an entry of the previous run went unused: the file must be rewritten. */
  private dirty = false;
  private used = 0;

  private constructor(
    readonly file: string,
    private readonly previous: CacheFile,
  ) {
    this.next = { format: FORMAT, key: previous.key, lint: {}, diff: {} };
  }

  /** Opens (or starts) the cache of `location`, a directory relative to the repo root. */
  static open(repo: ContractRepo, version: string, location: string = DEFAULT_CACHE_DIR): FindingsCache {
    const file = path.join(path.resolve(repo.root, location), CACHE_FILE);
    const key = hashText(`${version}\0${JSON.stringify(repo.config)}`);
    const empty: CacheFile = { format: FORMAT, key, lint: {}, diff: {} };
    let previous = empty;
    try {
      const read = JSON.parse(fs.readFileSync(file, 'utf8')) as CacheFile;
      if (read.format === FORMAT && read.key === key && read.lint && read.diff) previous = read;
    } catch {
      // no cache yet, or an unreadable one: start over
    }
    return new FindingsCache(file, previous);
  }

  hashOf(doc: SchemaDoc): string {
    let hash = this.hashes.get(doc);
    if (hash === undefined) this.hashes.set(doc, (hash = hashText(doc.text)));
    return hash;
  }

  /** The per-document lint findings stored for this exact content, if any (and keeps them). */
  lintFindings(doc: SchemaDoc): Finding[] | undefined {
    const entry = this.previous.lint[doc.file];
    if (!entry || entry.hash !== this.hashOf(doc)) return undefined;
    this.next.lint[doc.file] = entry;
    this.used++;
    return entry.findings;
  }

  storeLint(doc: SchemaDoc, findings: Finding[]): void {
    this.next.lint[doc.file] = { hash: this.hashOf(doc), findings };
    this.dirty = true;
  }

  /** A version pair's key: both contents, both paths (findings name them) and the options. */
  pairKey(previous: SchemaDoc, current: SchemaDoc, options: unknown): string {
    return hashText(
      JSON.stringify([this.hashOf(previous), this.hashOf(current), previous.file, current.file, options]),
    );
  }

  diffFindings(key: string): { findings: Finding[]; notes: string[] } | undefined {
    const found = this.previous.diff[key];
    if (found) {
      this.next.diff[key] = found;
      this.used++;
    }
    return found;
  }

  storeDiff(key: string, result: { findings: Finding[]; notes: string[] }): void {
    this.next.diff[key] = result;
    this.dirty = true;
  }

  /** Writes what this run used (a section the run did not compute is kept); a cache that cannot be written only costs the next run time. */
  save(ran: { lint: boolean; diff: boolean; partial?: boolean }): void {
    // a --changed run read a few events: what it did not look at stays
    const keep = <T>(previous: Record<string, T>, next: Record<string, T>) =>
      ran.partial ? { ...previous, ...next } : next;
    const out: CacheFile = {
      ...this.next,
      lint: ran.lint ? keep(this.previous.lint, this.next.lint) : this.previous.lint,
      diff: ran.diff ? keep(this.previous.diff, this.next.diff) : this.previous.diff,
    };
    const unused = ran.partial
      ? 0
      : (ran.lint ? Object.keys(this.previous.lint).length : 0) +
        (ran.diff ? Object.keys(this.previous.diff).length : 0) -
        this.used;
    if (!this.dirty && unused === 0 && fs.existsSync(this.file)) return; // a warm run with nothing changed
    try {
      writeFileAtomic(this.file, JSON.stringify(out));
    } catch {
      // read-only checkout, full disk: the report is still right
    }
  }
}

function hashText(text: string): string {
  return createHash('sha1').update(text).digest('base64url');
}
