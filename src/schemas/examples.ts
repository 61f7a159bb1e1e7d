/**
 * Validates `examples` entries and `default` values against the (sub)schema they sit in. Only
 * documents that have such values are compiled; the rest of the repo never reaches ajv's code
 * generator (~4 ms and ~90 KB per schema). Compiled validators are cached by content hash.
 *
 * One validator per document checks all its values at once: a schema `{ properties: { "0": { $ref:
 * "<doc>#<pointer of the subschema>" }, ... } }` over an object holding each value under its index,
 * so a 1.5 MB schema with a thousand `default`s is one compile, not a thousand, and each file is
 * hashed once per run, not once per value. Values quick-check.ts finds valid without ajv (the
 * common `default: false`) never reach it at all. A document whose combined validator cannot be compiled or
 * run (an unresolvable ref, a ref cycle) is checked value by value, which says where it fails.
 */
import { createHash } from 'node:crypto';
import type { Ajv, ErrorObject, ValidateFunction } from 'ajv';
import type { ContractRepo } from '../model/repo.js';
import { analyzeRepo, type AnalyzedDoc } from './analyze.js';
import { createAjv, type Draft } from './drafts.js';
import { refGraph } from './refs.js';
import { quickValid } from './quick-check.js';
import { boundedRegExp } from './regex.js';
import { getAtPointer } from '../util/json-pointer.js';
import { fileUri } from './uris.js';

export interface ExampleProblem {
  from: AnalyzedDoc;
  pointer: string;
  message: string;
  /** 'compile': ajv rejected the schema (schema-compiles); 'invalid': the value fails it. */
  kind: 'compile' | 'invalid';
}

const MAX_CACHED = 2_000;
/** Up to this many undecided values a document is checked value by value (see Session.check). */
const FEW = 8;
const validators = new Map<string, ValidateFunction | Error>();
const byRepo = new WeakMap<ContractRepo, ExampleProblem[]>();

export function checkExamples(repo: ContractRepo): ExampleProblem[] {
  let problems = byRepo.get(repo);
  if (!problems) {
    const withValues = analyzeRepo(repo).filter(
      (a) => a.index.draft && a.index.annotations.length > 0 && !a.index.tooDeep,
    );
    // the session indexes the repo's refs: only worth it when some document has a value to check
    const session = withValues.length > 0 ? new Session(repo) : undefined;
    problems = session ? withValues.flatMap((a) => session.check(a)) : [];
    byRepo.set(repo, problems);
  }
  return problems;
}

/** One lint run: ajv instances per draft for this repo (schemas are added to them, so never shared). */
class Session {
  private readonly ajvs = new Map<Draft, Ajv>();
  private readonly added = new Set<string>();
  private readonly hashes = new Map<string, string>();
  /** ajv instances for subschemas compiled on their own (no repo document added to them). */
  private readonly alone = new Map<Draft, Ajv>();
  private readonly closure = new Map<string, string[]>();
  /** URIs other documents use for a file that are not its own `$id` (found by relative path). */
  private readonly aliases = new Map<string, Set<string>>();
  private readonly docs: Map<string, Pick<AnalyzedDoc, 'doc' | 'index'>>;

  constructor(repo: ContractRepo) {
    const graph = refGraph(repo);
    this.docs = new Map([
      ...analyzeRepo(repo).map((a): [string, Pick<AnalyzedDoc, 'doc' | 'index'>] => [a.doc.file, a]),
      ...graph.external,
    ]);
    for (const { from, targetFile, targetUri } of graph.checks) {
      if (!targetFile || targetFile === from.doc.file) continue;
      this.closure.set(from.doc.file, [...(this.closure.get(from.doc.file) ?? []), targetFile]);
      if (targetUri) this.aliases.set(targetFile, (this.aliases.get(targetFile) ?? new Set()).add(targetUri));
    }
  }

  check(analyzed: AnalyzedDoc): ExampleProblem[] {
    const pending = this.undecided(analyzed);
    // a few values (the invalid ones, usually): their own subschemas compile faster than the whole document
    if (pending.length <= FEW) return this.checkEach(analyzed, pending);
    return this.checkAtOnce(analyzed, pending) ?? this.checkEach(analyzed, pending);
  }

  /** The values at `pending` with the document's one combined validator; undefined when it cannot compile or run. */
  private checkAtOnce(analyzed: AnalyzedDoc, pending: readonly number[]): ExampleProblem[] | undefined {
    const { annotations } = analyzed.index;
    const validate = this.combinedValidator(analyzed, pending);
    if (validate instanceof Error) return undefined;
    const instance: Record<string, unknown> = {};
    for (const i of pending) instance[i] = annotations[i]!.value;
    const problems: ExampleProblem[] = [];
    // ajv stops at the first failing value: report it, take it out, run again (allErrors would change the first error)
    for (let runs = 0; runs <= pending.length; runs++) {
      let valid: boolean;
      try {
        valid = validate(instance) as boolean;
      } catch {
        return undefined; // a ref cycle recursing without end: value by value says which
      }
      if (valid) return problems.sort((a, b) => order(analyzed, a) - order(analyzed, b));
      const error = validate.errors?.[0];
      const index = /^\/(\d+)/.exec(error?.instancePath ?? '')?.[1];
      if (!error || index === undefined || !(index in instance)) return undefined;
      delete instance[index];
      const { pointer } = annotations[Number(index)]!;
      const what = pointer.endsWith('/default') ? 'default' : 'example';
      const inner = { ...error, instancePath: error.instancePath.slice(index.length + 1) };
      problems.push({
        from: analyzed,
        pointer,
        kind: 'invalid',
        message: `${what} does not match its schema: ${formatError(inner)}`,
      });
    }
    return undefined;
  }

  private checkEach(analyzed: AnalyzedDoc, indices: readonly number[]): ExampleProblem[] {
    const problems: ExampleProblem[] = [];
    for (const i of indices) {
      const { pointer, schemaPointer, value } = analyzed.index.annotations[i]!;
      const validate = this.validator(analyzed, schemaPointer);
      if (validate instanceof Error) {
        // One report per document: the same unresolvable ref fails every subschema's compile.
        return [
          {
            from: analyzed,
            pointer: schemaPointer,
            kind: 'compile',
            message: `ajv cannot compile this schema: ${validate.message}`,
          },
        ];
      }
      const outcome = runValidator(validate, value);
      const what = pointer.endsWith('/default') ? 'default' : 'example';
      if (outcome)
        problems.push({
          from: analyzed,
          pointer,
          kind: 'invalid',
          message: outcome.checked
            ? `${what} does not match its schema: ${outcome.message}`
            : `${what} could not be checked: ${outcome.message}`,
        });
    }
    return problems;
  }

  /**
   * The values quick-check.ts cannot call valid, by index. A document with embedded `$id`s is left
   * whole to ajv: a `#/...` ref inside one is relative to that resource, not to the document.
   */
  private undecided(analyzed: AnalyzedDoc): number[] {
    const { annotations, resources, draft } = analyzed.index;
    const all = annotations.map((_, i) => i);
    if (resources.some((r) => r.pointer !== '')) return all;
    return all.filter(
      (i) => quickValid(analyzed.doc.json, annotations[i]!.schemaPointer, annotations[i]!.value, draft!) !== true,
    );
  }

  /** The document's one validator of the values at `indices` (see the module comment). */
  private combinedValidator(analyzed: AnalyzedDoc, indices: readonly number[]): ValidateFunction | Error {
    const files = this.reachable(analyzed.doc.file);
    const key = `${this.contentKey(analyzed.index.draft!, files)}\0${indices.join(',')}`;
    let validate = validators.get(key);
    if (!validate) {
      const draft = analyzed.index.draft!;
      const ajv = this.ajvFor(draft);
      const root = rootId(analyzed, draft);
      const properties: Record<string, unknown> = {};
      for (const i of indices) {
        const { schemaPointer } = analyzed.index.annotations[i]!;
        properties[i] = { $ref: `${root}${schemaPointer ? `#${encodeFragment(schemaPointer)}` : ''}` };
      }
      try {
        for (const file of files) this.add(ajv, draft, file);
        validate = ajv.compile({ properties });
      } catch (error) {
        validate = error instanceof Error ? error : new Error(String(error));
      }
      remember(key, validate);
    }
    return validate;
  }

  private validator(analyzed: AnalyzedDoc, schemaPointer: string): ValidateFunction | Error {
    const standalone = this.standaloneValidator(analyzed, schemaPointer);
    if (standalone) return standalone;
    const files = this.reachable(analyzed.doc.file);
    const key = `${this.contentKey(analyzed.index.draft!, files)}${schemaPointer}`;
    let validate = validators.get(key);
    if (!validate) {
      validate = this.compile(analyzed, files, schemaPointer);
      remember(key, validate);
    }
    return validate;
  }

  /**
   * A subschema with no reference and no `$id` inside means the same on its own: compiled alone, it
   * costs what it holds, where reaching it through its document compiles the whole document.
   */
  private standaloneValidator(analyzed: AnalyzedDoc, schemaPointer: string): ValidateFunction | undefined {
    if (schemaPointer === '') return undefined;
    const subschema = getAtPointer(analyzed.doc.json, schemaPointer);
    if (subschema === null || typeof subschema !== 'object') return undefined;
    const text = JSON.stringify(subschema);
    if (/"\$(?:ref|dynamicRef|recursiveRef|id|anchor|dynamicAnchor|recursiveAnchor)"|"id"/.test(text)) return undefined;
    const draft = analyzed.index.draft!;
    const key = `${draft}\0alone\0${text}`;
    let validate = validators.get(key);
    if (!validate) {
      try {
        validate = this.standaloneAjv(draft).compile(subschema);
      } catch {
        return undefined; // the document's own compile reports it
      }
      remember(key, validate);
    }
    return validate instanceof Error ? undefined : validate;
  }

  private standaloneAjv(draft: Draft): Ajv {
    let ajv = this.alone.get(draft);
    if (!ajv) {
      ajv = createAjv(draft, { validateSchema: false, code: { regExp: boundedRegExp } });
      this.alone.set(draft, ajv);
    }
    return ajv;
  }

  /** The draft and the reachable files' contents as one key; each file hashed once per run. */
  private contentKey(draft: Draft, files: readonly string[]): string {
    const hash = createHash('sha1').update(draft);
    for (const file of files) hash.update(`\0${file}\0`).update(this.fileHash(file));
    return hash.digest('hex');
  }

  private fileHash(file: string): string {
    let hash = this.hashes.get(file);
    if (hash === undefined) {
      hash = createHash('sha1')
        .update(this.docs.get(file)?.doc.text ?? '')
        .digest('hex');
      this.hashes.set(file, hash);
    }
    return hash;
  }

  private compile(analyzed: AnalyzedDoc, files: string[], schemaPointer: string): ValidateFunction | Error {
    const draft = analyzed.index.draft!;
    const ajv = this.ajvFor(draft);
    try {
      for (const file of files) this.add(ajv, draft, file);
      const validate = ajv.getSchema(
        `${rootId(analyzed, draft)}${schemaPointer ? `#${encodeFragment(schemaPointer)}` : ''}`,
      );
      return validate ?? new Error(`no schema at ${schemaPointer}`);
    } catch (error) {
      if (error instanceof RangeError)
        return new Error('its $refs form a cycle that never reaches a keyword (ajv recurses without end)');
      return error instanceof Error ? error : new Error(String(error));
    }
  }

  /** The document and every repo document its refs reach, transitively. */
  private reachable(file: string): string[] {
    const found = new Set([file]);
    for (const current of found)
      for (const next of this.closure.get(current) ?? []) if (this.docs.has(next)) found.add(next);
    return [...found];
  }

  private add(ajv: Ajv, draft: Draft, file: string): void {
    const key = `${draft}\0${file}`;
    const analyzed = this.docs.get(file);
    if (this.added.has(key) || !analyzed) return;
    this.added.add(key);
    const json = analyzed.doc.json;
    if (typeof json !== 'object' || json === null || analyzed.index.tooDeep) return;
    const idKey = draft === '04' ? 'id' : '$id';
    const withId =
      typeof (json as Record<string, unknown>)[idKey] === 'string' ? json : { ...json, [idKey]: fileUri(file) };
    // ajv caches by schema object, so aliases share one compiled schema; refs inside keep its own base.
    for (const key of [undefined, ...(this.aliases.get(file) ?? [])]) {
      try {
        ajv.addSchema(withId as object, key);
      } catch {
        // a duplicate $id or alias: the first schema keeps it (duplicate $ids are the id rules' business)
      }
    }
  }

  private ajvFor(draft: Draft): Ajv {
    let ajv = this.ajvs.get(draft);
    if (!ajv) {
      ajv = createAjv(draft, { validateSchema: false, code: { regExp: boundedRegExp } });
      this.ajvs.set(draft, ajv);
    }
    return ajv;
  }
}

function rootId(analyzed: AnalyzedDoc, draft: Draft): string {
  const id = (analyzed.doc.json as Record<string, unknown>)[draft === '04' ? 'id' : '$id'];
  return typeof id === 'string' ? id.replace(/#$/, '') : fileUri(analyzed.doc.file);
}

/** The first validation error, or why the value could not be checked; null when it is valid. */
function runValidator(validate: ValidateFunction, value: unknown): { checked: boolean; message: string } | null {
  try {
    return validate(value) ? null : { checked: true, message: formatError(validate.errors?.[0]) };
  } catch (error) {
    // RangeError: a `$ref` cycle with no keyword in between recurses forever in any validator.
    return {
      checked: false,
      message: error instanceof RangeError ? 'the schema recurses without end' : (error as Error).message,
    };
  }
}

function formatError(error: ErrorObject | undefined): string {
  if (!error) return 'invalid';
  return `${error.instancePath || '(root)'} ${error.message ?? error.keyword}`;
}

function remember(key: string, validate: ValidateFunction | Error): void {
  if (validators.size >= MAX_CACHED) validators.delete(validators.keys().next().value!);
  validators.set(key, validate);
}

/** Findings in the order the values appear in the document (the value-by-value order). */
function order(analyzed: AnalyzedDoc, problem: ExampleProblem): number {
  return analyzed.index.annotations.findIndex((a) => a.pointer === problem.pointer);
}

/** A JSON pointer as a URI fragment (RFC 6901 §6). */
function encodeFragment(pointer: string): string {
  return pointer.split('/').map(encodeURIComponent).join('/');
}
