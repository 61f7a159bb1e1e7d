/**
 * The one home of hand-written JSON text scanning: the passes JSON.parse cannot do for us, all
 * built on the same lexical helpers at the end of this module.
 *
 * - scanJsonShape (fast, tolerant) and scanJson (validating): depth over a limit, checked before
 *   anything recursive sees the document; duplicate member names, which JSON.parse accepts
 *   silently (last one wins) although other parsers keep the first or fail (RFC 8259 §4: names
 *   SHOULD be unique); and, for scanJson, the first syntax error with its offset (V8's messages
 *   carry no position for some errors and quote the source for others).
 * - jsonMemberOffsets: the offset of every member and element by its JSON pointer, for findings'
 *   line and column without a reparse.
 *
 * Explicit stacks, no recursion: a 10,000-deep document costs nothing but the scan.
 */
import { escapeToken, joinPointer } from './json-pointer.js';

export type JsonScanResult =
  | { kind: 'ok' }
  | { kind: 'syntax'; offset: number; message: string }
  | { kind: 'too-deep'; offset: number; depth: number }
  | { kind: 'duplicate'; offset: number; key: string; pointer: string };

interface Frame {
  object: boolean;
  keys?: Set<string>;
  /** The member name (objects) or element index (arrays) the scan is in. */
  token: string | number;
}

type Expect = 'value' | 'first-key' | 'key' | 'colon' | 'comma' | 'end';

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERALS = ['true', 'false', 'null'];

/**
 * The fast pass for text JSON.parse accepted (or is about to be given): depth and duplicate names
 * only, no validation. Run before JSON.parse so a 5-million-deep document is refused in one linear
 * scan; tolerant of invalid text (it then returns something meaningless, never throws or loops).
 */
export function scanJsonShape(text: string, maxDepth: number): JsonScanResult {
  const stack: Frame[] = [];
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      const start = i;
      i = closingQuote(text, i);
      if (i < 0) return { kind: 'ok' };
      const top = stack[stack.length - 1];
      if (!top?.object || text.charCodeAt(skipWhitespace(text, i + 1)) !== 0x3a) continue;
      const literal = text.slice(start, i + 1);
      const key = readKey(literal) ?? literal; // invalid escapes: scanJson reports them
      top.keys ??= new Set();
      if (top.keys.has(key)) return { kind: 'duplicate', offset: start, key, pointer: pointerOf(stack, key) };
      top.keys.add(key);
      top.token = key;
    } else if (c === 0x7b || c === 0x5b) {
      if (stack.length >= maxDepth) return { kind: 'too-deep', offset: i, depth: stack.length + 1 };
      stack.push({ object: c === 0x7b, token: c === 0x7b ? '' : 0 });
    } else if (c === 0x7d || c === 0x5d) stack.pop();
    else if (c === 0x2c) {
      const top = stack[stack.length - 1];
      if (top && !top.object) top.token = (top.token as number) + 1;
    }
  }
  return { kind: 'ok' };
}

/**
 * The cheap stand-in for scanJsonShape once JSON.parse has accepted `text` as `value`: true only
 * when scanJsonShape(text, maxDepth) would return 'ok', so the character-by-character scan (the
 * costliest part of loading a repo after JSON.parse itself) runs only for the few files where it
 * can find something. A false answer proves nothing: the caller then runs scanJsonShape.
 *
 * - Depth: measured on the parsed value by an iterative walk. V8's JSON.parse is iterative (a
 *   million-deep array parses without a stack overflow), so parsing first is safe; the caller
 *   still scans first when the text could hold so many containers that parsing a hostile,
 *   absurdly deep document would cost real time and memory (see mayHoldContainers).
 * - Duplicate member names: JSON.parse keeps one property per distinct name, so the parsed
 *   objects hold fewer members than the text exactly when a name repeats. The text's members are
 *   over-counted by countNameColons (never under-counted), so equal counts prove there is no
 *   duplicate; unequal counts (a duplicate, or a `":` inside a string) send the file to the scan.
 */
export function parsedShapeIsPlain(text: string, value: unknown, maxDepth: number): boolean {
  const members = countParsedMembers(value, maxDepth);
  return members !== undefined && members === countNameColons(text);
}

/**
 * Whether the text may hold more than `limit` arrays and objects: each needs an opening bracket,
 * so counting `{` and `[` (inside strings too: an over-count) bounds what JSON.parse would build.
 */
export function mayHoldContainers(text: string, limit: number): boolean {
  if (text.length < 2 * limit) return false; // every container takes two characters at least
  let count = 0;
  for (const bracket of ['{', '[']) {
    for (let i = text.indexOf(bracket); i >= 0; i = text.indexOf(bracket, i + 1)) if (++count > limit) return true;
  }
  return false;
}

/**
 * Colons whose previous non-whitespace character is a double quote. Every member of a valid JSON
 * text has one (its name's closing quote, JSON whitespace, the colon) and no two members share
 * one, so this is at least the number of members; it counts more only for a colon after an
 * escaped quote inside a string (`"a\":"`), which merely costs the exact scan. indexOf jumps from
 * colon to colon: far cheaper than visiting every character.
 * @internal Exported for test/repo/parse-shape.test.ts: counts checked against JSON.parse.
 */
export function countNameColons(text: string): number {
  let count = 0;
  for (let i = text.indexOf(':'); i >= 0; i = text.indexOf(':', i + 1)) {
    let j = i - 1;
    let c = text.charCodeAt(j);
    while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) c = text.charCodeAt(--j);
    if (c === 0x22) count++;
  }
  return count;
}

/**
 * Members (distinct names) of every object in a parsed JSON value, or undefined when arrays and
 * objects nest deeper than `maxDepth` (the outermost one is level 1, as in scanJsonShape).
 * Iterative: the value may be as deep as the caller allowed JSON.parse to build.
 * @internal Exported for test/repo/parse-shape.test.ts: counts checked against JSON.parse.
 */
export function countParsedMembers(value: unknown, maxDepth: number): number | undefined {
  if (value === null || typeof value !== 'object') return 0;
  const nodes: object[] = [value];
  const depths: number[] = [1];
  let members = 0;
  while (nodes.length > 0) {
    const node = nodes.pop()!;
    const depth = depths.pop()!;
    if (depth > maxDepth) return undefined;
    // JSON.parse makes own enumerable data properties only (`__proto__` included), one per distinct name
    const children: unknown[] = Array.isArray(node) ? node : Object.values(node);
    if (children !== node) members += children.length;
    for (let i = 0; i < children.length; i++) {
      const child = children[i];
      if (child !== null && typeof child === 'object') {
        nodes.push(child);
        depths.push(depth + 1);
      }
    }
  }
  return members;
}

/** Offset of the quote closing the string that opens at `start`, or -1. */
function closingQuote(text: string, start: number): number {
  for (let i = text.indexOf('"', start + 1); i >= 0; i = text.indexOf('"', i + 1)) {
    let backslashes = 0;
    while (text.charCodeAt(i - 1 - backslashes) === 0x5c) backslashes++;
    if (backslashes % 2 === 0) return i;
  }
  return -1;
}

/** The offset just past the string literal starting at `start` (a quote); the text's end when unterminated. */
function skipString(text: string, start: number): number {
  const quote = closingQuote(text, start);
  return quote < 0 ? text.length : quote + 1;
}

/** The offset just past the JSON value starting at `i` (brackets counted, strings skipped whole). */
function skipValue(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 0x22) return skipString(text, i);
  if (c !== 0x7b && c !== 0x5b) return skipLiteral(text, i);
  let depth = 0;
  for (let j = i; j < text.length; j++) {
    const d = text.charCodeAt(j);
    if (d === 0x22) j = skipString(text, j) - 1;
    else if (d === 0x7b || d === 0x5b) depth++;
    else if ((d === 0x7d || d === 0x5d) && --depth === 0) return j + 1;
  }
  return text.length;
}

/** Characters that end a number, true, false or null. */
const LITERAL_STOPS = new Set([...' \t\r\n,]}:[{"'].map((c) => c.charCodeAt(0)));

/** Numbers, true, false, null: everything up to the next structural character or space. */
function skipLiteral(text: string, i: number): number {
  let j = i;
  while (j < text.length && !LITERAL_STOPS.has(text.charCodeAt(j))) j++;
  return j;
}

/** The validating pass: the first syntax error with its offset (also depth and duplicates). */
export function scanJson(text: string, maxDepth: number): JsonScanResult {
  const stack: Frame[] = [];
  let expect: Expect = 'value';
  let i = 0;
  const n = text.length;
  const fail = (message: string): JsonScanResult => ({ kind: 'syntax', offset: i, message });
  for (;;) {
    i = skipWhitespace(text, i);
    if (i >= n) return expect === 'end' ? { kind: 'ok' } : fail('unexpected end of file');
    const c = text[i]!;
    if (c === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) return fail('comments are not allowed in JSON');
    const top = stack[stack.length - 1];
    if (expect === 'end') return fail(`unexpected ${describeChar(c)} after the end of the document`);
    if (expect === 'colon') {
      if (c !== ':') return fail(`expected ':' after a member name, found ${describeChar(c)}`);
      [expect, i] = ['value', i + 1];
      continue;
    }
    if (expect === 'comma') {
      if (c === ',') {
        if (top!.object) expect = 'key';
        else [expect, top!.token] = ['value', (top!.token as number) + 1];
        i++;
        continue;
      }
      if (c === (top!.object ? '}' : ']')) {
        stack.pop();
        [expect, i] = [stack.length ? 'comma' : 'end', i + 1];
        continue;
      }
      return fail(`expected ',' or '${top!.object ? '}' : ']'}', found ${describeChar(c)}`);
    }
    if (expect === 'first-key' || expect === 'key') {
      if (c === '}' && expect === 'first-key') {
        stack.pop();
        [expect, i] = [stack.length ? 'comma' : 'end', i + 1];
        continue;
      }
      if (c === '}') return fail("trailing comma before '}'");
      if (c !== '"') return fail(`expected a double-quoted member name, found ${describeChar(c)}`);
      const end = stringEnd(text, i);
      if (typeof end !== 'number') return { kind: 'syntax', offset: end.offset, message: end.message };
      const literal = text.slice(i, end);
      const key = readKey(literal) ?? literal;
      if (top!.keys!.has(key)) return { kind: 'duplicate', offset: i, key, pointer: pointerOf(stack, key) };
      top!.keys!.add(key);
      top!.token = key;
      [expect, i] = ['colon', end];
      continue;
    }
    // expect === 'value'
    if (c === '{' || c === '[') {
      if (stack.length >= maxDepth) return { kind: 'too-deep', offset: i, depth: stack.length + 1 };
      stack.push(c === '{' ? { object: true, keys: new Set(), token: '' } : { object: false, token: 0 });
      [expect, i] = [c === '{' ? 'first-key' : 'value', i + 1];
      if (c === '[' && text[skipWhitespace(text, i)] === ']') [expect, i] = ['comma', skipWhitespace(text, i)];
      continue;
    }
    if (c === ']' && top && !top.object) return fail("trailing comma before ']'");
    const end = valueEnd(text, i);
    if (typeof end !== 'number') return { kind: 'syntax', offset: end.offset, message: end.message };
    [expect, i] = [stack.length ? 'comma' : 'end', end];
  }
}

type MemberFrame = { kind: 'object'; pointer: string } | { kind: 'array'; pointer: string; index: number };

/**
 * The offset of every member (its name) and array element in JSON text, by JSON pointer. It
 * trusts the text to be JSON and simply stops where it is not: members before a syntax error keep
 * their offsets. A duplicated name keeps the last offset, as JSON.parse keeps the last value.
 * With `only` (pointers and their prefixes), values of other members are skipped unread: reports
 * with thousands of findings need a few pointers in each of thousands of files. With `stopAfter`
 * (for text known to have no duplicate names) the scan ends once every one of them has been seen.
 */
export function jsonMemberOffsets(
  text: string,
  only?: ReadonlySet<string>,
  stopAfter?: ReadonlySet<string>,
): Map<string, number> {
  const offsets = new Map<string, number>();
  let missing = stopAfter?.size ?? -1;
  const found = (pointer: string, offset: number): boolean => {
    if (missing > 0 && stopAfter!.has(pointer) && !offsets.has(pointer)) missing--;
    offsets.set(pointer, offset);
    return missing === 0;
  };
  const frames: MemberFrame[] = [];
  let i = skipWhitespace(text, 0);
  let state: 'value' | 'key' | 'after' = 'value';
  let pointer = '';
  while (i < text.length) {
    const c = text[i]!;
    if (state === 'value') {
      if (c === '{' || c === '[') {
        i = skipWhitespace(text, i + 1);
        const close = c === '{' ? '}' : ']';
        if (text[i] === close) {
          i = skipWhitespace(text, i + 1);
          state = 'after';
        } else if (c === '{') {
          frames.push({ kind: 'object', pointer });
          state = 'key';
        } else {
          frames.push({ kind: 'array', pointer, index: 0 });
          pointer = `${pointer}/0`;
          if (found(pointer, i)) break;
          if (only && !only.has(pointer)) [i, state] = [skipWhitespace(text, skipValue(text, i)), 'after'];
        }
        continue;
      }
      const end = c === '"' ? skipString(text, i) : skipLiteral(text, i);
      if (end === i) break;
      i = end;
      state = 'after';
    } else if (state === 'key') {
      if (c !== '"') break;
      const end = skipString(text, i);
      const key = readKey(text.slice(i, end));
      if (key === undefined) break;
      pointer = `${frames[frames.length - 1]!.pointer}/${escapeToken(key)}`;
      if (found(pointer, i)) break;
      i = skipWhitespace(text, end);
      if (text[i] !== ':') break;
      i = skipWhitespace(text, i + 1);
      state = 'value';
      if (only && !only.has(pointer)) [i, state] = [skipWhitespace(text, skipValue(text, i)), 'after'];
      continue;
    } else {
      const frame = frames[frames.length - 1];
      if (!frame) break;
      if (c === ',') {
        i = skipWhitespace(text, i + 1);
        if (frame.kind === 'object') state = 'key';
        else {
          pointer = `${frame.pointer}/${++frame.index}`;
          if (found(pointer, i)) break;
          state = 'value';
          if (only && !only.has(pointer)) [i, state] = [skipWhitespace(text, skipValue(text, i)), 'after'];
        }
        continue;
      }
      if (c !== (frame.kind === 'object' ? '}' : ']')) break;
      frames.pop();
      i++;
    }
    i = skipWhitespace(text, i);
  }
  return offsets;
}

function skipWhitespace(text: string, i: number): number {
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++;
    else return i;
  }
}

/** The end offset of the scalar starting at `i` (string, number, true/false/null), or the error. */
function valueEnd(text: string, i: number): number | { offset: number; message: string } {
  const c = text[i]!;
  if (c === '"') return stringEnd(text, i);
  NUMBER.lastIndex = i;
  const number = NUMBER.exec(text);
  if (number?.[0].length) return i + number[0].length;
  const literal = LITERALS.find((l) => text.startsWith(l, i));
  if (literal) return i + literal.length;
  if (c === "'") return { offset: i, message: 'strings must use double quotes in JSON' };
  return { offset: i, message: `unexpected ${describeChar(c)}` };
}

/** The offset just past the closing quote of the string starting at `start`, or the error. */
function stringEnd(text: string, start: number): number | { offset: number; message: string } {
  for (let i = start + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) return i + 1;
    if (c === 0x0a) return { offset: start, message: 'unterminated string (a newline before its closing quote)' };
    if (c < 0x20) return { offset: i, message: 'control character in a string (escape it)' };
    if (c !== 0x5c) continue;
    const e = text[i + 1];
    if (e === 'u') {
      if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)))
        return { offset: i, message: 'invalid \\u escape in a string' };
      i += 5;
    } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i++;
    else return { offset: i, message: 'invalid escape in a string' };
  }
  return { offset: start, message: 'unterminated string (the file ends before its closing quote)' };
}

/** The name a string literal spells; undefined when it is unterminated or has an invalid escape. */
function readKey(literal: string): string | undefined {
  if (!literal.includes('\\')) return literal.length >= 2 && literal.endsWith('"') ? literal.slice(1, -1) : undefined;
  try {
    return JSON.parse(literal) as string;
  } catch {
    return undefined;
  }
}

function pointerOf(stack: Frame[], key: string): string {
  return joinPointer('', ...stack.slice(0, -1).map((f) => f.token), key);
}

function describeChar(c: string): string {
  const code = c.codePointAt(0)!;
  return code < 0x20 || code === 0x7f
    ? `control character U+${code.toString(16).padStart(4, '0').toUpperCase()}`
    : `'${c}'`;
}
