import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { FIXTURES, PROJECT_ROOT } from '../helpers/paths.js';

const HOSTILE = path.join(FIXTURES, 'hostile');
export const hostileCase = (name: string): string => path.join(HOSTILE, name);
export const HOSTILE_CASES = fs
  .readdirSync(HOSTILE, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();
/** Preload that makes any network use exit 99 (see no-network.mjs). */
export const NO_NETWORK = pathToFileURL(path.join(PROJECT_ROOT, 'test/hostile/no-network.mjs')).href;
/** Root can read a chmod 000 file, so "unreadable" cases are skipped when tests run as root. */
export const IS_ROOT = process.getuid?.() === 0;

const temps: string[] = [];
process.on('exit', () => {
  for (const dir of temps) fs.rmSync(dir, { recursive: true, force: true });
});

/** A fresh directory under os.tmpdir(), removed when the test process exits. */
export function tempDir(prefix = 'evt-hostile-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  temps.push(dir);
  return dir;
}

/** A copy of a hostile case (or an empty repo) in a temp dir, for cases built or written at test time. */
export function copyCase(name: string | undefined, into = tempDir()): string {
  if (name) fs.cpSync(hostileCase(name), into, { recursive: true });
  return into;
}

export function writeFiles(root: string, files: Record<string, string | Uint8Array>): void {
  for (const [file, content] of Object.entries(files)) {
    const target = path.join(root, file);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, content);
  }
}

/** A schema evt accepts, for the well-behaved neighbours of a hostile file. */
export const goodSchema = (title: string): string =>
  `${JSON.stringify({ $schema: 'https://json-schema.org/draft/2020-12/schema', title, type: 'object', properties: { id: { type: 'string' } }, required: ['id'] }, null, 2)}\n`;

interface JsonFinding {
  ruleId: string;
  file?: string;
  pointer: string;
  line?: number;
  column?: number;
  message: string;
}

/** `ruleId file pointer line:col message`, sorted: what the corpus tests compare exactly. */
export function findingLines(stdout: string): string[] {
  const report = JSON.parse(stdout) as { findings: JsonFinding[] };
  return report.findings
    .map(
      (f) =>
        `${f.ruleId} ${f.file ?? '-'} ${f.pointer === '' ? '#' : f.pointer} ${f.line ? `${f.line}:${f.column}` : '-'} ${f.message}`,
    )
    .sort();
}

/** No stack trace, at most a message line and a hint line. */
export function isCleanStderr(stderr: string): boolean {
  return !/\n\s+at /.test(stderr) && stderr.split('\n').filter(Boolean).length <= 2;
}
