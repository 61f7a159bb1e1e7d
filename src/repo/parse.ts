/**
 * Parses one schema file, JSON or YAML, into a SchemaDoc. It never throws and never hands a rule
 * something a recursive walker could choke on: a problem becomes `parseError` (1-based line and
 * column) and `json` stays undefined, so every rule that skips unparsed documents skips it.
 *
 * Limits, checked before any recursive code runs (a hostile pull request controls these files):
 * - size: over MAX_SCHEMA_BYTES the file is not even read (`schema-too-large`);
 * - encoding: bytes that are not UTF-8 are reported, not replaced with U+FFFD (`schema-not-utf8`);
 * - depth: nesting over MAX_SCHEMA_DEPTH is rejected (`schema-too-deep`), JSON by a linear scan
 *   or, when the text cannot hold enough containers to make parsing costly, on the result of
 *   JSON.parse (which is iterative in V8: depth cannot overflow its stack);
 * - duplicate member names, which JSON.parse accepts silently (`schema-duplicate-key`);
 * - YAML: aliases capped (billion laughs), only JSON-compatible core tags, no self-containing alias.
 */
import YAML from 'yaml';
import type { ParseError, SchemaDoc, SourceFormat } from '../model/repo.js';
import { mayHoldContainers, parsedShapeIsPlain, scanJson, scanJsonShape } from '../util/json-scan.js';
import { lineColumnAt } from '../util/line-column.js';
import { decodeUtf8 } from '../util/utf8.js';
import { yamlTooDeepAt } from '../util/yaml-depth.js';
import { describeYamlError } from './yaml-error.js';

/** Larger schema files are reported and not parsed; real payload schemas are a few kilobytes. */
export const MAX_SCHEMA_BYTES = 10 * 1024 * 1024;
/**
 * Deeper documents are reported and not parsed (128 schema levels: each is `properties` + name).
 * @internal Exported for test/repo/parse-shape.test.ts: documents just past the limit.
 */
export const MAX_SCHEMA_DEPTH = 256;
/** YAML alias expansion is capped so a billion-laughs file is an error, not an out-of-memory. */
const YAML_MAX_ALIAS_COUNT = 100;
/** Backstop for alias expansion that stays under the alias count but still multiplies nodes. */
const MAX_YAML_NODES = 2_000_000;

/** Rule ids of the load problems parse reports (each has a rule module in src/schemas/rules/). */
const LOAD_RULE_IDS = {
  tooLarge: 'schema-too-large',
  tooDeep: 'schema-too-deep',
  duplicateKey: 'schema-duplicate-key',
  notUtf8: 'schema-not-utf8',
} as const;

/** A file found too large to read: only its size is known. */
interface OversizedSource {
  oversized: number;
}

/** What a reader hands the parser: text, raw bytes (decoded strictly here), or a size only. */
export type SchemaSource = string | Uint8Array | OversizedSource;

function formatOf(file: string): SourceFormat {
  return /\.ya?ml$/i.test(file) ? 'yaml' : 'json';
}

export function parseSchemaText(file: string, source: SchemaSource): SchemaDoc {
  const format = formatOf(file);
  const decoded = decodeSource(source);
  if ('error' in decoded) return { file, format, text: '', json: undefined, parseError: decoded.error };
  // A UTF-8 BOM is legal in files but not in JSON.parse's grammar; strip it (editors add it).
  const text = decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text;
  const result = format === 'yaml' ? parseYaml(text) : parseJson(text);
  return { file, format, text, json: result.value, ...(result.error ? { parseError: result.error } : {}) };
}

function decodeSource(source: SchemaSource): { text: string } | { error: ParseError } {
  const bytes = typeof source === 'string' ? undefined : 'oversized' in source ? source.oversized : source.length;
  const size = bytes ?? (source as string).length;
  // a string's UTF-8 length is at least its UTF-16 length, so only strings near the cap need counting
  const tooLarge =
    size > MAX_SCHEMA_BYTES ||
    (typeof source === 'string' && size * 3 > MAX_SCHEMA_BYTES && Buffer.byteLength(source) > MAX_SCHEMA_BYTES);
  if (tooLarge) {
    const exact = bytes ?? Buffer.byteLength(source as string);
    return {
      error: {
        ruleId: LOAD_RULE_IDS.tooLarge,
        message: `file is ${exact.toLocaleString('en-US')} bytes, over the ${MAX_SCHEMA_BYTES / 1024 / 1024} MB limit; not parsed`,
        line: 1,
        column: 1,
      },
    };
  }
  if (typeof source === 'string') return { text: source };
  const result = decodeUtf8(source as Uint8Array);
  if ('text' in result) return result;
  const { line, column, offset, utf16 } = result.error;
  const what = utf16
    ? 'is UTF-16 (it starts with a UTF-16 byte-order mark)'
    : `has a byte that is not UTF-8 (0x${(source as Uint8Array)[offset]!.toString(16).padStart(2, '0')})`;
  return {
    error: {
      ruleId: LOAD_RULE_IDS.notUtf8,
      message: `file ${what} at ${line}:${column}; schemas must be UTF-8`,
      line,
      column,
    },
  };
}

/**
 * JSON.parse may build this many arrays and objects before the depth limit is checked on its
 * result; a text that could hold more is scanned for depth first, so a hostile 10 MB of `[` is
 * refused in one linear pass instead of costing seconds and hundreds of megabytes to parse.
 */
const PARSE_FIRST_MAX_CONTAINERS = 100_000;

function parseJson(text: string): { value?: unknown; error?: ParseError } {
  if (text.trim() === '') return { error: { message: 'empty file', line: 1, column: 1 } };
  // The result is the same as scanning every text with scanJsonShape before JSON.parse (depth first,
  // then syntax, then duplicates), but the scan runs only when parsedShapeIsPlain cannot rule it out.
  let shape = mayHoldContainers(text, PARSE_FIRST_MAX_CONTAINERS) ? scanJsonShape(text, MAX_SCHEMA_DEPTH) : undefined;
  if (shape?.kind === 'too-deep') return { error: tooDeep(text, shape.offset) };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    shape ??= scanJsonShape(text, MAX_SCHEMA_DEPTH);
    if (shape.kind === 'too-deep') return { error: tooDeep(text, shape.offset) };
    // V8's messages lack a position for some errors and quote the source for others: locate it ourselves
    const scan = scanJson(text, MAX_SCHEMA_DEPTH);
    if (scan.kind === 'syntax') return { error: { message: scan.message, ...lineColumnAt(text, scan.offset) } };
    const message = (error as Error).message.split('\n')[0]!;
    return { error: { message: cleanJsonMessage(message), ...positionOfJsonError(text, message) } };
  }
  shape ??= parsedShapeIsPlain(text, value, MAX_SCHEMA_DEPTH) ? { kind: 'ok' } : scanJsonShape(text, MAX_SCHEMA_DEPTH);
  if (shape.kind === 'too-deep') return { error: tooDeep(text, shape.offset) };
  if (shape.kind === 'duplicate') {
    const at = lineColumnAt(text, shape.offset);
    // the value JSON.parse and ajv take (the last one wins): diff compares it, lint still reports the key
    return {
      value,
      error: {
        ruleId: LOAD_RULE_IDS.duplicateKey,
        message: `duplicate key "${shape.key}" at ${at.line}:${at.column} (${shape.pointer}); parsers disagree on which one wins`,
        pointer: shape.pointer,
        ...at,
      },
    };
  }
  return { value };
}

/** A YAML text with a duplicate key read as `yaml` reads it without uniqueKeys: the last one wins. */
function lastWins(text: string): unknown {
  try {
    const doc = YAML.parseDocument(text, { ...YAML_OPTIONS, uniqueKeys: false });
    return doc.errors.length > 0 ? undefined : doc.toJS({ maxAliasCount: YAML_MAX_ALIAS_COUNT });
  } catch {
    return undefined;
  }
}

function tooDeep(text: string, offset: number): ParseError {
  const at = lineColumnAt(text, offset);
  return {
    ruleId: LOAD_RULE_IDS.tooDeep,
    message: `nesting deeper than ${MAX_SCHEMA_DEPTH} levels at ${at.line}:${at.column}; not parsed`,
    ...at,
  };
}

function cleanJsonMessage(message: string): string {
  return message
    .replace(/\s*in JSON at position \d+.*$/, '')
    .replace(/\s*\(line \d+ column \d+\)$/, '')
    .replace(/, ".*$/, '');
}

/** V8 reports either "(line L column C)" or "at position N"; both are turned into line/column. */
function positionOfJsonError(text: string, message: string): { line: number; column: number } {
  const lineCol = /line (\d+) column (\d+)/.exec(message);
  if (lineCol) return { line: Number(lineCol[1]), column: Number(lineCol[2]) };
  const at = /position (\d+)/.exec(message);
  const offset = at ? Number(at[1]) : text.length;
  return lineColumnAt(text, offset);
}

const YAML_OPTIONS = {
  uniqueKeys: true,
  prettyErrors: true,
  // JSON-compatible values only: no !!binary (Buffer), !!set, !!omap, !!timestamp (Date)
  schema: 'core',
  resolveKnownTags: false,
  // collection keys are stringified with a process warning on stderr; keep stderr for evt
  logLevel: 'error',
} as const;

function parseYaml(text: string): { value?: unknown; error?: ParseError } {
  if (text.trim() === '') return { error: { message: 'empty file', line: 1, column: 1 } };
  const deep = yamlTooDeepAt(text, MAX_SCHEMA_DEPTH);
  if (deep) return { error: tooDeep(text, deep.offset) };
  const doc = YAML.parseDocument(text, YAML_OPTIONS);
  // an unknown tag (`!!js/function`, `!custom`) only warns in `yaml`; for a schema it is an error
  const problem = doc.errors[0] ?? doc.warnings.find((w) => w.code === 'TAG_RESOLVE_FAILED');
  if (problem) {
    const error = describeYamlError(problem);
    if (problem.code !== 'DUPLICATE_KEY') return { error };
    const key = /^[^:\n]*/.exec(text.slice(problem.pos[0], problem.pos[0] + 200))![0].trim();
    return {
      value: lastWins(text),
      error: {
        ...error,
        ruleId: LOAD_RULE_IDS.duplicateKey,
        message: `duplicate key ${JSON.stringify(key)} at ${error.line}:${error.column}; parsers disagree on which one wins`,
      },
    };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: YAML_MAX_ALIAS_COUNT });
  } catch (error) {
    return { error: { message: (error as Error).message.split('\n')[0]!, line: 1, column: 1 } };
  }
  const shape = checkShape(value);
  if (shape === 'cycle')
    return {
      error: {
        message: 'an alias refers to a node that contains it (the document would be infinite)',
        line: 1,
        column: 1,
      },
    };
  if (shape === 'too-many')
    return {
      error: {
        message: `more than ${MAX_YAML_NODES.toLocaleString('en-US')} nodes once aliases are expanded; not parsed`,
        line: 1,
        column: 1,
      },
    };
  if (shape === 'too-deep')
    return {
      error: {
        ...tooDeep(text, 0),
        message: `nesting deeper than ${MAX_SCHEMA_DEPTH} levels once aliases are expanded; not parsed`,
      },
    };
  return { value };
}

/**
 * Iterative walk of a parsed YAML value: aliases can make it cyclic (`a: &x [*x]`) or deeper than
 * the text looks. Shared (non-cyclic) alias targets are fine and walked once per path.
 */
function checkShape(root: unknown): 'ok' | 'cycle' | 'too-deep' | 'too-many' {
  const onPath = new Set<object>();
  const stack: Array<{ node: object; children: unknown[]; next: number }> = [];
  const enter = (node: unknown): 'ok' | 'cycle' | 'too-deep' | 'too-many' => {
    if (node === null || typeof node !== 'object') return 'ok';
    if (onPath.has(node)) return 'cycle';
    if (stack.length >= MAX_SCHEMA_DEPTH) return 'too-deep';
    onPath.add(node);
    stack.push({ node, children: Object.values(node), next: 0 });
    return 'ok';
  };
  let result = enter(root);
  let visits = 0;
  while (result === 'ok' && stack.length) {
    const top = stack[stack.length - 1]!;
    if (top.next >= top.children.length) {
      onPath.delete(top.node);
      stack.pop();
      continue;
    }
    // shared aliases can make the tree exponentially larger than the text; alias count bounds it, this is a backstop
    if (++visits > MAX_YAML_NODES) return 'too-many';
    result = enter(top.children[top.next++]);
  }
  return result;
}
