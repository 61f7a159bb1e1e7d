/**
 * Adds a literal to the TypeScript union of event names (and to an `EVENT_TYPES` array of the same
 * literals, when the file has one), in place: same quote style, same separator (`\n  | ` or
 * ` | `), sorted when the literals were sorted, and the closing `;` stays after the last member
 * because the new literal is spliced in before a neighbour or right after the last one.
 */
import { applySplices, type Splice } from './text-edit.js';

interface Literal {
  name: string;
  quote: string;
  start: number;
  end: number;
}

const ALIAS = /export\s+type\s+\w+\s*=\s*/g;
const UNION_LITERAL = /\s*\|?\s*(['"])([^'"\n]*)\1/y;
const ARRAY_START = /\bEVENT_TYPES\b[^=\n]*=\s*\[/g;
const ARRAY_LITERAL = /\s*,?\s*(['"])([^'"\n]*)\1/y;

export function addUnionLiteral(text: string, name: string): string {
  const splices: Splice[] = [];
  const union = unionLiterals(text);
  if (union.length && !union.some((l) => l.name === name)) splices.push(insertLiteral(text, union, name, ' | '));
  const array = arrayLiterals(text);
  if (array.length && !array.some((l) => l.name === name)) splices.push(insertLiteral(text, array, name, ', '));
  return applySplices(text, splices);
}

/** The first `export type X =` whose members are string literals (as src/repo/union.ts reads it). */
function unionLiterals(text: string): Literal[] {
  ALIAS.lastIndex = 0;
  for (let alias = ALIAS.exec(text); alias; alias = ALIAS.exec(text)) {
    const found = scan(text, alias.index + alias[0].length, UNION_LITERAL);
    if (found.length) return found;
  }
  return [];
}

function arrayLiterals(text: string): Literal[] {
  ARRAY_START.lastIndex = 0;
  const start = ARRAY_START.exec(text);
  return start ? scan(text, start.index + start[0].length, ARRAY_LITERAL) : [];
}

function scan(text: string, from: number, pattern: RegExp): Literal[] {
  const literals: Literal[] = [];
  pattern.lastIndex = from;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const start = m.index + m[0].length - m[2]!.length - 2;
    literals.push({ name: m[2]!, quote: m[1]!, start, end: start + m[2]!.length + 2 });
  }
  return literals;
}

/** Before the first greater literal when the list is sorted, else after the last one. */
function insertLiteral(text: string, literals: Literal[], name: string, fallbackSeparator: string): Splice {
  const names = literals.map((l) => l.name);
  const sorted = names.every((n, i) => i === 0 || names[i - 1]! <= n);
  const index = sorted ? names.filter((n) => n < name).length : names.length;
  const separator =
    literals.length >= 2
      ? text.slice(literals[0]!.end, literals[1]!.start)
      : singleSeparator(text, literals[0]!, fallbackSeparator);
  const quote = literals[Math.min(index, literals.length - 1)]!.quote;
  const literal = `${quote}${name}${quote}`;
  if (index < literals.length)
    return { start: literals[index]!.start, end: literals[index]!.start, text: literal + separator };
  return { start: literals[index - 1]!.end, end: literals[index - 1]!.end, text: separator + literal };
}

/** With one literal there is no separator to copy: a leading `| ` on its own line means one per line. */
function singleSeparator(text: string, only: Literal, fallback: string): string {
  const lineStart = text.lastIndexOf('\n', only.start - 1) + 1;
  const before = text.slice(lineStart, only.start);
  if (fallback === ' | ' && /^\s*\|\s*$/.test(before)) return `\n${before}`;
  return fallback;
}
