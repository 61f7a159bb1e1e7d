/**
 * Reads the TypeScript string-literal union of event names (`export type EventType = | 'a.b' | ...;`).
 * A light scan, not a TypeScript parse: the first type alias whose members are string literals.
 */
import type { UnionFile } from '../model/repo.js';
import { lineColumnIndex } from '../util/line-column.js';

const ALIAS = /export\s+type\s+\w+\s*=\s*/g;
const LITERAL = /\s*\|?\s*(['"])([^'"\n]*)\1/y;

export function readUnion(file: string, text: string): UnionFile {
  ALIAS.lastIndex = 0;
  // one index for every literal: a scan per literal would be quadratic
  const positionOf = lineColumnIndex(text);
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
