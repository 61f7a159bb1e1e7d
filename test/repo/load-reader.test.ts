/**
 * The working-tree reader's fast path: files the listing walk saw as regular files are opened with
 * O_NOFOLLOW and no real-path check. Anything that changed since the walk (a symbolic link, a
 * FIFO, a directory swapped in, a file removed) must end exactly as the full check ends it, and
 * the buffer reused between files must never leak one file's bytes into another.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContractRepo, readInsideRoot, rootReader } from '../../src/repo/load.js';
import { MAX_SCHEMA_BYTES, parseSchemaText, type SchemaSource } from '../../src/repo/parse.js';
import type { ContractRepo } from '../../src/model/repo.js';
import { fixtureRepo } from '../helpers/paths.js';

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) fs.rmSync(dir, { recursive: true, force: true });
});

function tempRepo(files: Record<string, string | Uint8Array>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'evt-reader-'));
  temps.push(root);
  for (const [file, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), content);
  }
  return root;
}

/** Reads `file` as the loader would after the walk listed it as a regular file. */
function readListed(
  root: string,
  file: string,
): { source: SchemaSource | undefined; skipped: ContractRepo['skipped'] } {
  const skipped: ContractRepo['skipped'] = [];
  return { source: rootReader(root, new Set([file]))(file, skipped), skipped };
}

/** What the full check (real path inside the root, then open) makes of the same file. */
function readChecked(
  root: string,
  file: string,
): { source: SchemaSource | undefined; skipped: ContractRepo['skipped'] } {
  const skipped: ContractRepo['skipped'] = [];
  return { source: readInsideRoot(root, file, skipped), skipped };
}

const text = (source: SchemaSource | undefined): string | undefined =>
  source instanceof Uint8Array ? Buffer.from(source).toString('utf8') : (source as string | undefined);

describe('rootReader: listed regular files skip the real-path check, and nothing else', () => {
  it('a listed file swapped for a symbolic link out of the repo is refused, as by the full check', () => {
    const outside = tempRepo({ 'secret.json': '{"secret": true}' });
    const root = tempRepo({ 'a.json': '{}' });
    fs.rmSync(path.join(root, 'a.json'));
    fs.symlinkSync(path.join(outside, 'secret.json'), path.join(root, 'a.json'));
    expect(readListed(root, 'a.json')).toEqual({
      source: undefined,
      skipped: [{ file: 'a.json', reason: 'symbolic link to a path outside the repo (not followed)' }],
    });
  });

  it('a listed file swapped for a symbolic link inside the repo is read through the full check', () => {
    const root = tempRepo({ 'a.json': '{}', 'b.json': '{"b": 1}' });
    fs.rmSync(path.join(root, 'a.json'));
    fs.symlinkSync('b.json', path.join(root, 'a.json'));
    const { source, skipped } = readListed(root, 'a.json');
    expect([text(source), skipped]).toEqual(['{"b": 1}', []]);
  });

  it('a listed file swapped for a FIFO is refused without blocking', () => {
    const root = tempRepo({ 'a.json': '{}' });
    fs.rmSync(path.join(root, 'a.json'));
    execFileSync('mkfifo', [path.join(root, 'a.json')]);
    expect(readListed(root, 'a.json')).toEqual({
      source: undefined,
      skipped: [{ file: 'a.json', reason: 'not a regular file (a pipe, socket or device)' }],
    });
  });

  it('a listed file swapped for a directory, or removed, ends as with the full check', () => {
    const root = tempRepo({ 'a.json': '{}', 'b.json': '{}' });
    fs.rmSync(path.join(root, 'a.json'));
    fs.mkdirSync(path.join(root, 'a.json'));
    fs.rmSync(path.join(root, 'b.json'));
    expect(readListed(root, 'a.json')).toEqual({
      source: undefined,
      skipped: [{ file: 'a.json', reason: 'a directory, not a file' }],
    });
    expect(readListed(root, 'b.json')).toEqual({
      source: undefined,
      skipped: [{ file: 'b.json', reason: 'cannot read: ENOENT' }],
    });
    expect(readListed(root, 'a.json')).toEqual(readChecked(root, 'a.json'));
    expect(readListed(root, 'b.json')).toEqual(readChecked(root, 'b.json'));
  });

  it('an oversized listed file is measured, not read', () => {
    const root = tempRepo({ 'big.json': '' });
    fs.truncateSync(path.join(root, 'big.json'), MAX_SCHEMA_BYTES + 1);
    expect(readListed(root, 'big.json')).toEqual({ source: { oversized: MAX_SCHEMA_BYTES + 1 }, skipped: [] });
  });

  it('bytes that are not UTF-8 are handed over as a copy and reported with line and column', () => {
    const bad = Buffer.concat([Buffer.from('{\n  "a": "caf'), Buffer.from([0xe9]), Buffer.from('"\n}')]);
    const root = tempRepo({ 'bad.json': bad, 'good.json': `{"b": "${'x'.repeat(100)}"}` });
    const read = rootReader(root, new Set(['bad.json', 'good.json']));
    const skipped: ContractRepo['skipped'] = [];
    const bytes = read('bad.json', skipped);
    expect(bytes).toBeInstanceOf(Uint8Array);
    read('good.json', skipped); // reuses the read buffer: the bytes handed over must not change
    expect(Buffer.from(bytes as Uint8Array).equals(bad)).toBe(true);
    expect(parseSchemaText('bad.json', bytes!).parseError).toEqual({
      ruleId: 'schema-not-utf8',
      message: 'file has a byte that is not UTF-8 (0xe9) at 2:12; schemas must be UTF-8',
      line: 2,
      column: 12,
    });
  });

  it('the reused buffer never mixes files: a short file after a long one, a BOM kept for the parser', () => {
    const long = `{"description": "${'é§'.repeat(50_000)}"}`;
    const root = tempRepo({
      'long.json': long,
      'short.json': '{"a": 1}',
      'bom.json': '\ufeff{"b": 2}',
      'empty.json': '',
    });
    const read = rootReader(root, new Set(['long.json', 'short.json', 'bom.json', 'empty.json']));
    const skipped: ContractRepo['skipped'] = [];
    expect(read('long.json', skipped)).toBe(long);
    expect(read('short.json', skipped)).toBe('{"a": 1}');
    expect(read('bom.json', skipped)).toBe('\ufeff{"b": 2}');
    expect(read('empty.json', skipped)).toBe('');
    expect(skipped).toEqual([]);
  });

  it('paths the walk did not list as regular files get the full check', () => {
    const outside = tempRepo({ 'secret.json': '{"secret": true}' });
    const root = tempRepo({ 'a.json': '{}' });
    fs.symlinkSync(path.join(outside, 'secret.json'), path.join(root, 'link.json'));
    const skipped: ContractRepo['skipped'] = [];
    expect(rootReader(root, new Set(['a.json']))('link.json', skipped)).toBeUndefined();
    expect(skipped).toEqual([{ file: 'link.json', reason: 'symbolic link to a path outside the repo (not followed)' }]);
    expect(rootReader(root, new Set(['a.json']))('../outside.json', skipped)).toBeUndefined();
    expect(skipped[1]).toEqual({ file: '../outside.json', reason: 'path outside the repo (not read)' });
  });

  it('every fixture repo file reads the same through both paths', async () => {
    for (const name of fs.readdirSync(fixtureRepo('.'))) {
      const root = fixtureRepo(name);
      for (const file of fs.readdirSync(root, { recursive: true, encoding: 'utf8' })) {
        if (!/\.(json|ya?ml)$/.test(file) || !fs.lstatSync(path.join(root, file)).isFile()) continue;
        const fast = readListed(root, file);
        const full = readChecked(root, file);
        expect([file, text(fast.source), fast.skipped]).toEqual([file, text(full.source), full.skipped]);
      }
    }
  });

  it('loading a repo resolves the real path of its root, not of every file', async () => {
    const native = fs.realpathSync.native;
    let calls = 0;
    fs.realpathSync.native = ((p: fs.PathLike) => {
      calls++;
      return native(p);
    }) as typeof fs.realpathSync.native;
    try {
      const repo = await loadContractRepo(fixtureRepo('versioned'));
      expect(repo.docs.length).toBeGreaterThan(3);
      expect(calls).toBe(0);
    } finally {
      fs.realpathSync.native = native;
    }
  });
});
