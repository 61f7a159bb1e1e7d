import { createRequire } from 'node:module';
import { isObject } from './engine/json.js';
import type { DiffChange } from './engine/pair.js';

const require = createRequire(import.meta.url);

/**
 * Keywords json-schema-diff 1.x ignores (its KEYWORDS.md): on a schema that uses them its verdict
 * would be silently incomplete, so evt skips the cross-check instead of trusting it.
 */
const IGNORED = [
  'enum',
  'const',
  'pattern',
  'format',
  'multipleOf',
  'patternProperties',
  'dependencies',
  'dependentRequired',
  'dependentSchemas',
  'if',
  'then',
  'else',
  'prefixItems',
  'additionalItems',
  'contains',
  'minContains',
  'maxContains',
  'uniqueItems',
  'propertyNames',
  'unevaluatedProperties',
  'unevaluatedItems',
];

export interface CrossCheckOptions {
  /** Skip documents larger than this (serialised characters). Default 20,000. */
  maxSchemaChars?: number;
  /** Skip when the documents hold more anyOf/oneOf branches than this (its oneOf is exponential). Default 12. */
  maxUnionBranches?: number;
  /** Give up waiting after this many milliseconds. Default 200. */
  timeoutMs?: number;
}

export interface CrossCheckResult {
  ran: boolean;
  narrowed?: boolean;
  widened?: boolean;
  /** unclassified-narrowing / unclassified-widening changes, when evt explained nothing. */
  changes: DiffChange[];
  notes: string[];
}

interface JsdResult {
  additionsFound: boolean;
  removalsFound: boolean;
}
type Jsd = { diffSchemas(options: { sourceSchema: unknown; destinationSchema: unknown }): Promise<JsdResult> };

/** Runs json-schema-diff on the pair, bounded by size, union count and time; see {@link IGNORED}. */
export async function crossCheck(
  oldDoc: unknown,
  newDoc: unknown,
  evtChanges: readonly DiffChange[],
  options: CrossCheckOptions = {},
): Promise<CrossCheckResult> {
  const skip = reasonToSkip(oldDoc, newDoc, options);
  if (skip) return { ran: false, changes: [], notes: [`json-schema-diff cross-check skipped: ${skip}`] };
  let result: JsdResult | 'timeout';
  try {
    result = await withTimeout(runJsonSchemaDiff(oldDoc, newDoc), options.timeoutMs ?? 200);
  } catch (error) {
    return {
      ran: false,
      changes: [],
      notes: [`json-schema-diff cross-check skipped: it failed (${(error as Error).message.split('\n')[0]})`],
    };
  }
  if (result === 'timeout')
    return { ran: false, changes: [], notes: ['json-schema-diff cross-check skipped: over its time budget'] };
  return {
    ran: true,
    narrowed: result.removalsFound,
    widened: result.additionsFound,
    changes: unexplained(result, evtChanges),
    notes: [],
  };
}

/** json-schema-diff refuses 2020-12 `$schema` URIs; the keywords it reads mean the same there. */
function runJsonSchemaDiff(oldDoc: unknown, newDoc: unknown): Promise<JsdResult> {
  const jsd = require('json-schema-diff') as Jsd;
  return jsd.diffSchemas({ sourceSchema: withoutDialect(oldDoc), destinationSchema: withoutDialect(newDoc) });
}

function withoutDialect(doc: unknown): unknown {
  if (!isObject(doc)) return doc;
  const { $schema: _dialect, ...rest } = doc;
  return rest;
}

function reasonToSkip(oldDoc: unknown, newDoc: unknown, options: CrossCheckOptions): string | undefined {
  const size = JSON.stringify(oldDoc).length + JSON.stringify(newDoc).length;
  if (size > 2 * (options.maxSchemaChars ?? 20_000)) return `schemas too large (${size} characters)`;
  const found = new Set<string>();
  const branches = scan(oldDoc, found) + scan(newDoc, found);
  if (found.size > 0) return `uses keywords it ignores (${[...found].sort().join(', ')})`;
  if (branches > (options.maxUnionBranches ?? 12)) return `too many union branches (${branches})`;
  return undefined;
}

/** Collects ignored keywords (and tuple `items`), returns the number of anyOf/oneOf branches. */
function scan(node: unknown, found: Set<string>): number {
  if (Array.isArray(node)) return node.reduce<number>((n, item) => n + scan(item, found), 0);
  if (!isObject(node)) return 0;
  let branches = 0;
  for (const [key, value] of Object.entries(node)) {
    if (IGNORED.includes(key)) found.add(key);
    if (key === 'items' && Array.isArray(value)) found.add('items (tuple form)');
    if ((key === 'anyOf' || key === 'oneOf') && Array.isArray(value)) branches += value.length;
    if (key !== 'examples' && key !== 'default') branches += scan(value, found);
  }
  return branches;
}

function unexplained(result: JsdResult, evtChanges: readonly DiffChange[]): DiffChange[] {
  const out: DiffChange[] = [];
  const evtNarrows = evtChanges.some((c) => c.effect === 'narrows' || c.effect === 'both');
  const evtWidens = evtChanges.some((c) => c.effect === 'widens' || c.effect === 'both');
  const base = { pointer: '', oldPointer: '', path: [] };
  if (result.removalsFound && !evtNarrows)
    out.push({
      ...base,
      ruleId: 'unclassified-narrowing',
      effect: 'narrows',
      message: 'json-schema-diff found values the new schema rejects that no evt rule explains',
    });
  if (result.additionsFound && !evtWidens)
    out.push({
      ...base,
      ruleId: 'unclassified-widening',
      effect: 'widens',
      message: 'json-schema-diff found values the new schema accepts that no evt rule explains',
    });
  return out;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | 'timeout'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
