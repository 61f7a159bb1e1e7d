/**
 * The FindingsCache as memos the stages are handed: per document for the `document`-scope lint
 * rules (the rule runner decides what to run, src/rules/run.ts), per version pair for the diff.
 * Findings are stored with their source positions, so a warm run indexes no text.
 */
import type { PairResult } from '../versions/types.js';
import type { Finding } from '../model/finding.js';
import type { SchemaDoc, VersionPair } from '../model/repo.js';
import { addPositions } from '../repo/source-map.js';
import type { DocumentMemo } from '../rules/run.js';
import type { FindingsCache } from './cache.js';

/** Remembers each document's findings under its content hash. */
export function documentMemo(cache: FindingsCache, docsByFile: ReadonlyMap<string, SchemaDoc>): DocumentMemo {
  return {
    recall: (doc) => cache.lintFindings(doc),
    keep: (doc: SchemaDoc, findings: Finding[]) => {
      const positioned = addPositions(findings, docsByFile);
      cache.storeLint(doc, positioned);
      return positioned;
    },
  };
}

/** Memoises one pair's diff findings (and notes) under both contents and the options that shape them. */
export function cachedPairDiff(cache: FindingsCache, options: unknown, docsByFile: ReadonlyMap<string, SchemaDoc>) {
  return async (pair: VersionPair, compute: () => Promise<PairResult>): Promise<PairResult> => {
    const { previous, current } = pair;
    const key = cache.pairKey(previous.doc, current.doc, [
      options,
      pair.event,
      pair.origin,
      previous.version?.raw,
      current.version?.raw,
    ]);
    const hit = cache.diffFindings(key);
    if (hit) return hit;
    const result = await compute();
    const fresh = { findings: addPositions(result.findings, docsByFile), notes: result.notes };
    cache.storeDiff(key, fresh);
    return fresh;
  };
}
