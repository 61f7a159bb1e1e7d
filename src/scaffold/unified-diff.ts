/**
 * A unified diff (`diff -u` format, 3 lines of context) between two texts, for `evt new --dry-run`.
 * Line LCS by dynamic programming: scaffold edits touch small files (a union, a registry), and a
 * common prefix and suffix are trimmed first so the table stays small.
 */
import { appendAll } from '../util/append.js';
type Op = { kind: ' ' | '-' | '+'; line: string };

const CONTEXT = 3;

export function unifiedDiff(path: string, before: string | null, after: string): string {
  const a = before === null ? [] : splitLines(before);
  const b = splitLines(after);
  const header = `--- ${before === null ? '/dev/null' : `a/${path}`}\n+++ b/${path}\n`;
  return header + hunks(diffLines(a, b)).join('');
}

function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function diffLines(a: string[], b: string[]): Op[] {
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < a.length - prefix &&
    suffix < b.length - prefix &&
    a[a.length - 1 - suffix] === b[b.length - 1 - suffix]
  )
    suffix++;
  const midA = a.slice(prefix, a.length - suffix);
  const midB = b.slice(prefix, b.length - suffix);
  const ops: Op[] = a.slice(0, prefix).map((line) => ({ kind: ' ', line }));
  appendAll(ops, lcsOps(midA, midB));
  appendAll(
    ops,
    a.slice(a.length - suffix).map((line): Op => ({ kind: ' ', line })),
  );
  return ops;
}

function lcsOps(a: string[], b: string[]): Op[] {
  const n = a.length;
  const m = b.length;
  const table = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      table[i]![j] = a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      ops.push({ kind: ' ', line: a[i++]! });
      j++;
    } else if (i < n && (j >= m || table[i + 1]![j]! >= table[i]![j + 1]!)) ops.push({ kind: '-', line: a[i++]! });
    else ops.push({ kind: '+', line: b[j++]! });
  }
  return ops;
}

function hunks(ops: Op[]): string[] {
  const changed = ops.map((op, index) => (op.kind === ' ' ? -1 : index)).filter((i) => i >= 0);
  const out: string[] = [];
  let k = 0;
  while (k < changed.length) {
    const start = Math.max(0, changed[k]! - CONTEXT);
    let end = Math.min(ops.length, changed[k]! + CONTEXT + 1);
    while (k + 1 < changed.length && changed[k + 1]! - CONTEXT <= end)
      end = Math.min(ops.length, changed[++k]! + CONTEXT + 1);
    k++;
    out.push(renderHunk(ops, start, end));
  }
  return out;
}

function renderHunk(ops: Op[], start: number, end: number): string {
  const oldStart = ops.slice(0, start).filter((o) => o.kind !== '+').length;
  const newStart = ops.slice(0, start).filter((o) => o.kind !== '-').length;
  const body = ops.slice(start, end);
  const oldCount = body.filter((o) => o.kind !== '+').length;
  const newCount = body.filter((o) => o.kind !== '-').length;
  const range = (from: number, count: number): string =>
    `${count === 0 ? from : from + 1}${count === 1 ? '' : `,${count}`}`;
  return `@@ -${range(oldStart, oldCount)} +${range(newStart, newCount)} @@\n${body.map((o) => `${o.kind}${o.line}\n`).join('')}`;
}
