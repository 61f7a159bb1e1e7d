/**
 * Reads the TypeScript string-literal union of event names (`export type EventType = | 'a.b' | ...;`).
 * A light scan, not a TypeScript parse: the first type alias whose members are string literals.
 */
import type { UnionFile } from '../model/repo.js';
import { lineColumnAt } from './parse.js';

/** Line/column of increasing offsets in one pass (a position per literal would be quadratic). */
function positionTracker(text: string): (offset: number) => { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  let scanned = 0;
  return (offset) => {
    if (offset < scanned) return lineColumnAt(text, offset);
    for (let i = text.indexOf('\n', scanned); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
      line++;
      lineStart = i + 1;
    }
    scanned = offset;
    return { line, column: offset - lineStart + 1 };
  };
}

const ALIAS = /export\s+type\s+\w+\s*=\s*/g;
const LITERAL = /\s*\|?\s*(['"])([^'"\n]*)\1/y;

export function readUnion(file: string, text: string): UnionFile {
  ALIAS.lastIndex = 0;
  const positionOf = positionTracker(text);
  for (let alias = ALIAS.exec(text); alias; alias = ALIAS.exec(text)) {
    const literals: UnionFile['literals'] = [];
    LITERAL.lastIndex = alias.index + alias[0].length;
    for (let m = LITERAL.exec(text); m; m = LITERAL.exec(text)) {
      const offset = m.index + m[0].indexOf(m[1]!) + 1;
      literals.push({ name: m[2]!, ...positionOf(offset) });
    }
    if (literals.length) return { file, text, literals };
  }
  return { file, text, literals: [] };
}
