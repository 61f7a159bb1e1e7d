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
import { jsonMemberOffsets } from '../util/json-scan.js';
import { lineColumnIndex } from '../util/line-column.js';

interface PositionIndex {
  /** pointer -> offset into doc.text */
  offsets: Map<string, number>;
  position(offset: number): SourcePosition;
}

const INDEXES = new WeakMap<SchemaDoc, PositionIndex>();
const DOCUMENT_START: SourcePosition = { line: 1, column: 1 };

/**
 * The position of the member `pointer` names in `doc`, or undefined when the text has no such member.
 * @internal Exported for the source-map tests: positions without running rules.
 */
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
    if (doc && finding.pointer !== '' && !doc.positions)
      wanted.set(doc, (wanted.get(doc) ?? new Set()).add(finding.pointer));
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
    const known = doc?.positions?.[finding.pointer];
    if (known) return { ...finding, line: known.line, column: known.column };
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

/** JSON: one linear scan over the text (src/util/json-scan.ts); no reparse. */
function indexJson(text: string, only?: ReadonlySet<string>, stopAfter?: ReadonlySet<string>): PositionIndex {
  return { offsets: jsonMemberOffsets(text, only, stopAfter), position: lineColumnIndex(text) };
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
