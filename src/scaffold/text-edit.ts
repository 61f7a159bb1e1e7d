/**
 * Edits JSON and YAML texts in place, keeping everything around the edit byte for byte: the
 * `yaml` parser gives every node its source range (JSON is YAML, so one parser serves both), and
 * an edit is a splice at those offsets. Separators and spacing are copied from neighbours.
 */
import YAML, { isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';

export interface Splice {
  start: number;
  end: number;
  text: string;
}

/** Applies splices (any order, non-overlapping) to `text`. */
export function applySplices(text: string, splices: Splice[]): string {
  let out = text;
  for (const s of [...splices].sort((a, b) => b.start - a.start))
    out = out.slice(0, s.start) + s.text + out.slice(s.end);
  return out;
}

export function parseDocument(text: string): YAML.Document.Parsed {
  return YAML.parseDocument(text, { uniqueKeys: false, keepSourceTokens: true });
}

export function rangeOf(node: Node | null | undefined): [number, number] {
  const range = node?.range;
  if (!range) throw new Error('node without a source range');
  return [range[0], range[1]];
}

/** The pair whose scalar key is `key`, in a map node. */
export function pairOf(map: YAMLMap, key: string): Pair<Node, Node> | undefined {
  return (map.items as Array<Pair<Node, Node>>).find((p) => isScalar(p.key) && p.key.value === key);
}

/** A scalar rendered the way its neighbour is written: JSON string, YAML plain, or quoted. */
export function scalarText(value: unknown, format: 'json' | 'yaml', like?: Node | null): string {
  if (format === 'json' || typeof value !== 'string') return JSON.stringify(value);
  const type = isScalar(like) ? like.type : undefined;
  if (type === 'QUOTE_SINGLE') return `'${value.replaceAll("'", "''")}'`;
  if (type === 'QUOTE_DOUBLE') return JSON.stringify(value);
  const plain = YAML.stringify(value, { lineWidth: 0 }).trimEnd();
  return plain.includes('\n') ? JSON.stringify(value) : plain;
}

/** The splice that replaces the value of a top-level (or given map's) scalar key. */
export function replaceScalar(map: YAMLMap, key: string, value: unknown, format: 'json' | 'yaml'): Splice | undefined {
  const pair = pairOf(map, key);
  if (!pair || !isScalar(pair.value)) return undefined;
  const [start, end] = rangeOf(pair.value);
  return { start, end, text: scalarText(value, format, pair.value) };
}

/** The text between two neighbouring items, or a guess from the layout around a single item. */
function itemSeparator(text: string, collection: YAMLMap | YAMLSeq, format: 'json' | 'yaml'): string {
  const items = collection.items as Array<Pair<Node, Node> | Node>;
  if (items.length >= 2) return text.slice(itemRange(items[0]!)[1], itemRange(items[1]!)[0]);
  const [start, end] = rangeOf(collection);
  const body = text.slice(start, end);
  if (!body.includes('\n')) return format === 'json' || collection.flow ? ', ' : '\n';
  const first = items[0] ? itemRange(items[0])[0] : start;
  const indent = text.slice(text.lastIndexOf('\n', first - 1) + 1, first);
  return `${format === 'json' || collection.flow ? ',' : ''}\n${indent}`;
}

/** Start of an item's key (or of the item) and end of its value. */
function itemRange(item: Pair<Node, Node> | Node): [number, number] {
  if (isPairLike(item)) return [rangeOf(item.key)[0], rangeOf(item.value ?? item.key)[1]];
  return rangeOf(item);
}

function isPairLike(item: unknown): item is Pair<Node, Node> {
  return typeof item === 'object' && item !== null && 'key' in item && 'value' in item && !isMap(item) && !isSeq(item);
}

/**
 * Inserts `itemText` at `index` among the items of a non-empty collection, with the separator its
 * items already use (so `,` and newlines land where the file's own style puts them).
 */
export function insertItem(
  text: string,
  collection: YAMLMap | YAMLSeq,
  index: number,
  itemText: string,
  format: 'json' | 'yaml',
): Splice {
  const items = collection.items as Array<Pair<Node, Node> | Node>;
  const sep = itemSeparator(text, collection, format);
  if (index < items.length) {
    const at = itemRange(items[index]!)[0];
    return { start: at, end: at, text: itemText + sep };
  }
  const at = itemRange(items[items.length - 1]!)[1];
  return { start: at, end: at, text: sep + itemText };
}

/** The indentation of the line `offset` is on. */
export function lineIndent(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart))![0];
}
