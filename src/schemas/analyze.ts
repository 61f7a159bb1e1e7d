/**
 * The per-document index every schema rule shares: each document is walked once per process
 * (memoised on the SchemaDoc object), whichever rule asks first.
 */
import type { ContractRepo, SchemaDoc } from '../model/repo.js';
import { draftOf } from './drafts.js';
import { fileUri } from './uris.js';
import { indexSchema, type SchemaIndex, type WalkOptions } from './walk.js';

export interface AnalyzedDoc {
  doc: SchemaDoc;
  /** The event the document is a payload schema of; undefined for the envelope and other schemas. */
  event?: string;
  index: SchemaIndex;
  /** The `$schema` value when evt does not recognise it (the document is then checked as 2020-12 for refs only). */
  unknownSchema?: { value: unknown };
}

type DocResult = Omit<AnalyzedDoc, 'event'> | null;
/** Per document: the walk options it was indexed with (as a key) and the result. */
const byDoc = new WeakMap<SchemaDoc, { key: string; result: DocResult }>();
const byRepo = new WeakMap<ContractRepo, AnalyzedDoc[]>();

/** Every parsed schema document of the repo (envelope included), with its index. */
export function analyzeRepo(repo: ContractRepo): AnalyzedDoc[] {
  let analyzed = byRepo.get(repo);
  if (!analyzed) {
    const events = eventsByFile(repo);
    const pii = repo.config.naming.piiFields.map((f) => f.toLowerCase());
    const options: WalkOptions = pii.length > 0 ? { propertyNames: new Set(pii) } : {};
    analyzed = [];
    for (const doc of repo.docs) {
      const result = analyzeDoc(doc, options);
      if (result) analyzed.push({ ...result, ...(events.has(doc.file) ? { event: events.get(doc.file) } : {}) });
    }
    byRepo.set(repo, analyzed);
  }
  return analyzed;
}

/** The index of one document; null when it did not parse or is not a schema (schema-parse reports it). */
export function analyzeDoc(doc: SchemaDoc, options: WalkOptions = {}): DocResult {
  const key = [...(options.propertyNames ?? [])].sort().join('\0');
  const cached = byDoc.get(doc);
  if (cached && cached.key === key) return cached.result;
  const result = isSchemaShaped(doc) ? indexDoc(doc, options) : null;
  byDoc.set(doc, { key, result });
  return result;
}

function indexDoc(doc: SchemaDoc, options: WalkOptions): Omit<AnalyzedDoc, 'event'> {
  const found = draftOf(doc.json);
  const draft = 'draft' in found ? found.draft : undefined;
  const index = indexSchema(doc.json, draft, fileUri(doc.file), options);
  return { doc, index, ...('unknown' in found ? { unknownSchema: { value: found.unknown } } : {}) };
}

/** A schema document is an object or a boolean (2020-12 Core §4.3.1). */
function isSchemaShaped(doc: SchemaDoc): boolean {
  if (doc.parseError) return false;
  const json = doc.json;
  return typeof json === 'boolean' || (json !== null && typeof json === 'object' && !Array.isArray(json));
}

export function eventsByFile(repo: ContractRepo): Map<string, string> {
  const events = new Map<string, string>();
  for (const contract of repo.events)
    for (const version of contract.versions) events.set(version.doc.file, version.event);
  return events;
}
