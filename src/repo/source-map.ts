/**
 * JSON pointer -> source position (1-based line and column) for a parsed SchemaDoc.
 *
 * Each doc is indexed at most once, lazily, on the first lookup, and the index is cached in a
 * WeakMap keyed by the doc (so it goes away with the doc). JSON is indexed by one linear scan over
 * the text (no reparse); YAML through `yaml`'s node ranges and a LineCounter. A member's position is
 * that of its key (where an editor should put the cursor); an array element's is the start of the
 * element; '' is the document start. Columns count UTF-16 code units, SARIF's default column kind.
 */
import YAML, { isAlias, isMap, isScalar, isSeq, LineCounter, type Node as YamlNode } from 'yaml';
import type { Finding } from '../model/finding.js';
import type { ContractRepo, SchemaDoc, SourcePosition } from '../model/repo.js';
import { escapeToken } from '../util/json-pointer.js';

interface PositionIndex {
  /** pointer -> offset into doc.text */
  offsets: Map<string, number>;
  position(offset: number): SourcePosition;
}

const INDEXES = new WeakMap<SchemaDoc, PositionIndex>();
const DOCUMENT_START: SourcePosition = { line: 1, column: 1 };

/** The position of the member `pointer` names in `doc`, or undefined when the text has no such member. */
export function locatePointer(doc: SchemaDoc, pointer: string): SourcePosition | undefined {
  if (pointer === '') return { ...DOCUMENT_START };
  const index = indexFor(doc);
  const offset = index.offsets.get(pointer);
  return offset === undefined ? undefined : index.position(offset);
}

/**
 * Findings with `line`/`column` filled in where they were missing and the file is one of `docs`.
 * Returns new finding objects for the ones it changes; only docs that some finding points into are
 * ever indexed.
 */
export function addPositions(findings: readonly Finding[], docsByFile: ReadonlyMap<string, SchemaDoc>): Finding[] {
  const wanted = new Map<SchemaDoc, Set<string>>();
  for (const finding of findings) {
    const doc = finding.line === undefined && finding.file !== undefined ? docsByFile.get(finding.file) : undefined;
    if (doc && finding.pointer !== '') wanted.set(doc, (wanted.get(doc) ?? new Set()).add(finding.pointer));
  }
  const located = new Map<SchemaDoc, PositionIndex>();
  for (const [doc, pointers] of wanted) {
    // A doc that parsed without error has no duplicate member names (parseSchemaText refuses them),
    // so each pointer occurs once in its text and the scan can stop once it has seen all of them.
    const stopAfter = doc.parseError === undefined && doc.json !== undefined ? pointers : undefined;
    located.set(
      doc,
      INDEXES.get(doc) ??
        (doc.format === 'json' ? indexJson(doc.text, withPrefixes(pointers), stopAfter) : indexFor(doc)),
    );
  }
  return findings.map((finding) => {
    if (finding.line !== undefined || finding.file === undefined) return finding;
    const doc = docsByFile.get(finding.file);
    const index = doc && located.get(doc);
    const offset = index?.offsets.get(finding.pointer);
    const at =
      finding.pointer === '' && doc ? DOCUMENT_START : offset === undefined ? undefined : index!.position(offset);
    return at ? { ...finding, line: at.line, column: at.column } : finding;
  });
}

function indexFor(doc: SchemaDoc): PositionIndex {
  let index = INDEXES.get(doc);
  if (!index) INDEXES.set(doc, (index = doc.format === 'yaml' ? indexYaml(doc.text) : indexJson(doc.text)));
  return index;
}

/** The pointers and every pointer above them: the members a targeted scan has to enter. */
function withPrefixes(pointers: Iterable<string>): Set<string> {
  const all = new Set<string>();
  for (const pointer of pointers) {
    for (let end = pointer.indexOf('/', 1); end !== -1; end = pointer.indexOf('/', end + 1))
      all.add(pointer.slice(0, end));
    all.add(pointer);
  }
  return all;
}

/** A file -> doc map for `addPositions`. */
export function docsByFile(docs: Iterable<SchemaDoc>): Map<string, SchemaDoc> {
  const map = new Map<string, SchemaDoc>();
  for (const doc of docs) map.set(doc.file, doc);
  return map;
}

/** Every document of the repo a finding can point into: the schemas (envelope included) and the registry. */
export function repoDocsByFile(repo: Pick<ContractRepo, 'docs' | 'registry'>): Map<string, SchemaDoc> {
  return docsByFile(repo.registry ? [...repo.docs, repo.registry.doc] : repo.docs);
}

function lineIndex(text: string): (offset: number) => SourcePosition {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  };
}

type Frame = { kind: 'object'; pointer: string } | { kind: 'array'; pointer: string; index: number };

/**
 * One pass over JSON text with an explicit stack (no recursion, so deep nesting cannot overflow).
 * It trusts the text to be JSON and simply stops where it is not: members before a syntax error
 * keep their positions. A duplicated key keeps the last position, as JSON.parse keeps the last value.
 * With `only` (pointers and their prefixes), values of other members are skipped unread: reports
 * with thousands of findings need a few pointers in each of thousands of files. With `stopAfter`
 * (for text known to have no duplicate names) the scan ends once every one of them has been seen.
 */
function indexJson(text: string, only?: ReadonlySet<string>, stopAfter?: ReadonlySet<string>): PositionIndex {
  const offsets = new Map<string, number>();
  let missing = stopAfter?.size ?? -1;
  const found = (pointer: string, offset: number): boolean => {
    if (missing > 0 && stopAfter!.has(pointer) && !offsets.has(pointer)) missing--;
    offsets.set(pointer, offset);
    return missing === 0;
  };
  const frames: Frame[] = [];
  let i = skipSpace(text, 0);
  let state: 'value' | 'key' | 'after' = 'value';
  let pointer = '';
  while (i < text.length) {
    const c = text[i]!;
    if (state === 'value') {
      if (c === '{' || c === '[') {
        i = skipSpace(text, i + 1);
        const close = c === '{' ? '}' : ']';
        if (text[i] === close) {
          i = skipSpace(text, i + 1);
          state = 'after';
        } else if (c === '{') {
          frames.push({ kind: 'object', pointer });
          state = 'key';
        } else {
          frames.push({ kind: 'array', pointer, index: 0 });
          pointer = `${pointer}/0`;
          if (found(pointer, i)) break;
          if (only && !only.has(pointer)) [i, state] = [skipSpace(text, skipValue(text, i)), 'after'];
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
      i = skipSpace(text, end);
      if (text[i] !== ':') break;
      i = skipSpace(text, i + 1);
      state = 'value';
      if (only && !only.has(pointer)) [i, state] = [skipSpace(text, skipValue(text, i)), 'after'];
      continue;
    } else {
      const frame = frames[frames.length - 1];
      if (!frame) break;
      if (c === ',') {
        i = skipSpace(text, i + 1);
        if (frame.kind === 'object') state = 'key';
        else {
          pointer = `${frame.pointer}/${++frame.index}`;
          if (found(pointer, i)) break;
          state = 'value';
          if (only && !only.has(pointer)) [i, state] = [skipSpace(text, skipValue(text, i)), 'after'];
        }
        continue;
      }
      if (c !== (frame.kind === 'object' ? '}' : ']')) break;
      frames.pop();
      i++;
    }
    i = skipSpace(text, i);
  }
  return { offsets, position: lineIndex(text) };
}

function skipSpace(text: string, i: number): number {
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 13 && c !== 9) break;
    i++;
  }
  return i;
}

/** The offset just past the string literal starting at `i` (a quote). */
function skipString(text: string, i: number): number {
  let from = i + 1;
  for (;;) {
    const quote = text.indexOf('"', from);
    if (quote === -1) return text.length;
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === 92) backslashes++;
    if (backslashes % 2 === 0) return quote + 1;
    from = quote + 1;
  }
}

/** The offset just past the JSON value starting at `i` (brackets counted, strings skipped whole). */
function skipValue(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 34) return skipString(text, i);
  if (c !== 123 && c !== 91) return skipLiteral(text, i);
  let depth = 0;
  for (let j = i; j < text.length; j++) {
    const d = text.charCodeAt(j);
    if (d === 34) j = skipString(text, j) - 1;
    else if (d === 123 || d === 91) depth++;
    else if ((d === 125 || d === 93) && --depth === 0) return j + 1;
  }
  return text.length;
}

/** Characters that end a number, true, false or null. */
const STOPS = new Set([...' \t\r\n,]}:[{"'].map((c) => c.charCodeAt(0)));

/** Numbers, true, false, null: everything up to the next structural character or space. */
function skipLiteral(text: string, i: number): number {
  let j = i;
  while (j < text.length && !STOPS.has(text.charCodeAt(j))) j++;
  return j;
}

function readKey(literal: string): string | undefined {
  if (!literal.includes('\\')) return literal.endsWith('"') && literal.length >= 2 ? literal.slice(1, -1) : undefined;
  try {
    return JSON.parse(literal) as string;
  } catch {
    return undefined;
  }
}

/** YAML: every node carries its source range; the LineCounter turns offsets into lines. */
function indexYaml(text: string): PositionIndex {
  const lineCounter = new LineCounter();
  const doc = YAML.parseDocument(text, { lineCounter, uniqueKeys: false });
  const offsets = new Map<string, number>();
  const stack: Array<{ node: unknown; pointer: string }> = [{ node: doc.contents, pointer: '' }];
  while (stack.length > 0) {
    const { node, pointer } = stack.pop()!;
    // aliases are not followed: their members live (and are reported) where the anchor is
    if (isAlias(node)) continue;
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
        const start = (pair.key as YamlNode | null)?.range?.[0];
        if (key === undefined || start === undefined) continue;
        const child = `${pointer}/${escapeToken(key)}`;
        offsets.set(child, start);
        stack.push({ node: pair.value, pointer: child });
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => {
        const child = `${pointer}/${index}`;
        const start = (item as YamlNode | null)?.range?.[0];
        if (start !== undefined) offsets.set(child, start);
        stack.push({ node: item, pointer: child });
      });
    }
  }
  return {
    offsets,
    position: (offset) => {
      const { line, col } = lineCounter.linePos(offset);
      return { line, column: col };
    },
  };
}
