import type { ContentPolicy } from '../../model/config.js';
import type { Effect } from '../../model/finding.js';
import { draftOrDefault, isModernDraft, type Draft } from '../../schemas/drafts.js';
import { combineEffects, invertEffect } from './effect.js';
import { isObject, type JsonSchema, type SchemaObject } from './json.js';
import { admitsFamily, type Norm } from './norm.js';
import { emptyNorm, normalize, unsatisfiable } from './normalize.js';
import type { DiffChange, Emitted, Location, NodePair } from './pair.js';
import { Resolver } from './resolve.js';
import { asSchemaDocument } from './sanitize.js';
import type { NodeRule } from '../../model/rule.js';
import { DIFF_RULES } from '../../rules/index.js';
import { ANNOTATION_KEYWORDS } from '../rules/annotation-changed.js';
import { descendChildren } from './children.js';
import { liftUnions } from './lift.js';

export interface DiffOptions {
  /**
   * Content-model policy (COMPATIBILITY.md): strict treats open objects by set semantics. No default
   * here: a run's defaults are resolved once (DEFAULT_COMPATIBILITY, src/pipeline/request.ts).
   */
  policy: ContentPolicy;
  /** Upper bound on node pairs visited; keeps pathological `$ref` graphs linear. */
  maxNodes?: number;
}

interface Side {
  resolver: Resolver;
  draft: Draft;
  norms: Map<object, Norm>;
}

const DEFAULT_MAX_NODES = 20_000;
const MAX_DEPTH = 96;

/** Pairs two JSON Schemas structurally and returns every classified change (see src/diff/rules). */
export function diffSchemas(oldSchema: unknown, newSchema: unknown, options: DiffOptions): DiffChange[] {
  const walker = new Walker(asSchemaDocument(oldSchema), asSchemaDocument(newSchema), options);
  return walker.run();
}

function makeSide(doc: JsonSchema): Side {
  return { resolver: new Resolver(doc), draft: draftOrDefault(doc), norms: new Map() };
}

class Walker {
  private readonly old: Side;
  private readonly new: Side;
  private readonly policy: ContentPolicy;
  private readonly maxNodes: number;
  private readonly stack = new Set<string>();
  private visits = 0;
  /** Per-walk object ids (a Map, not a WeakMap: it dies with the walk, and ephemerons slow the GC). */
  private readonly ids = new Map<object, number>();
  private sink: DiffChange[] = [];
  /** The rule whose check runs now: `emit` stamps its id (checks nest through `descend` and `probe`). */
  private running = '';

  constructor(
    private readonly oldDoc: JsonSchema,
    private readonly newDoc: JsonSchema,
    options: DiffOptions,
  ) {
    this.old = makeSide(oldDoc);
    this.new = makeSide(newDoc);
    this.policy = options.policy;
    this.maxNodes = options.maxNodes ?? DEFAULT_MAX_NODES;
  }

  run(): DiffChange[] {
    const at: Location = {
      oldPtr: '',
      newPtr: '',
      oldBase: this.old.resolver.rootBase,
      newBase: this.new.resolver.rootBase,
      path: [],
    };
    this.visit(this.oldDoc, this.newDoc, at, false);
    return this.sink;
  }

  private visit(
    oldSchema: JsonSchema,
    newSchema: JsonSchema,
    lazyAt: Location | (() => Location),
    invert: boolean,
  ): void {
    if (++this.visits > this.maxNodes || this.stack.size > MAX_DEPTH) return;
    // Most of a new version is an unchanged copy of the old one; no rule finds a change between
    // equal subschemas of one draft (checked on every subschema of the corpora), so such a
    // subtree is skipped without normalising it, unless a reference inside could lead to
    // definitions that differ.
    if (this.old.draft === this.new.draft && sameAndRefFree(oldSchema, newSchema)) return;
    const at = typeof lazyAt === 'function' ? lazyAt() : lazyAt;
    const o = this.locate(this.old, oldSchema, at.oldPtr, at.oldBase);
    const n = this.locate(this.new, newSchema, at.newPtr, at.newBase);
    const here: Location = { ...at, oldPtr: o.pointer, newPtr: n.pointer, oldBase: o.base, newBase: n.base };
    // Identity, not content: a `$ref` cycle revisits the very same objects. Cycles through freshly
    // merged objects are cut by MAX_DEPTH and the visit budget instead.
    const key = `${invert}|${this.identity(o.schema)}|${this.identity(n.schema)}`;
    if (this.stack.has(key)) return; // this pair is already being compared higher up
    this.stack.add(key);
    try {
      this.compare(o.schema, n.schema, here, invert);
    } finally {
      this.stack.delete(key);
    }
  }

  /** Dereferences unless 2019-09+ `$ref` has validation siblings (then normalise folds it as allOf). */
  private identity(schema: JsonSchema): string {
    if (typeof schema === 'boolean') return String(schema);
    let id = this.ids.get(schema);
    if (id === undefined) this.ids.set(schema, (id = this.ids.size + 1));
    return String(id);
  }

  private locate(side: Side, schema: JsonSchema, pointer: string, base: string) {
    const keepSiblings = isModernDraft(side.draft) && isObject(schema) && hasValidationSiblings(schema);
    return keepSiblings ? { schema, pointer, base } : side.resolver.deref({ schema, pointer, base });
  }

  private compare(oldSchema: JsonSchema, newSchema: JsonSchema, at: Location, invert: boolean): void {
    const o = this.norm(this.old, oldSchema, at.oldBase);
    const n = this.norm(this.new, newSchema, at.newBase);
    const pair = this.makePair(...liftUnions(o, n), at, invert);
    if (!o.satisfiable || !n.satisfiable) {
      for (const rule of DIFF_RULES)
        if (rule.id.startsWith('false-schema') || rule.id === 'annotation-changed') this.runRule(rule, pair);
      return;
    }
    for (const rule of DIFF_RULES) {
      const type = rule.instanceType;
      if (type && !(admitsFamily(pair.old, type) && admitsFamily(pair.new, type))) continue;
      this.runRule(rule, pair);
    }
    descendChildren(pair);
  }

  /** A check that throws abandons the whole walk (nothing catches inside it), so no `finally`. */
  private runRule(rule: NodeRule, pair: NodePair): void {
    const outer = this.running;
    this.running = rule.id;
    rule.check(pair);
    this.running = outer;
  }

  private norm(side: Side, schema: JsonSchema, base: string): Norm {
    const raw: SchemaObject = schema === true ? {} : schema === false ? { not: {} } : schema;
    const cached = side.norms.get(raw);
    if (cached) return cached;
    const deref = (s: JsonSchema) => side.resolver.deref({ schema: s, pointer: '', base }).schema;
    const norm = schema === false ? unsatisfiable(emptyNorm(raw)) : normalize(raw, side.draft, deref);
    side.norms.set(raw, norm);
    return norm;
  }

  private makePair(o: Norm, n: Norm, at: Location, invert: boolean): NodePair {
    return {
      old: o,
      new: n,
      at,
      policy: this.policy,
      emit: (change) => this.record(change, at, invert),
      descend: (os, ns, childAt, options) => this.visit(os, ns, childAt, invert !== (options?.invert ?? false)),
      probe: (os, ns, childAt) => this.probe(os, ns, childAt ?? at),
      deref: (side, schema, base) => this[side].resolver.deref({ schema, pointer: '', base }).schema,
    };
  }

  private record(change: Emitted, at: Location, invert: boolean): void {
    const where = change.at ?? at;
    this.sink.push({
      ruleId: this.running,
      pointer: change.onOld ? where.oldPtr : where.newPtr,
      oldPointer: where.oldPtr,
      effect: invert ? invertEffect(change.effect) : change.effect,
      message: invert ? `${change.message} (inside \`not\`, so the effect on the whole is reversed)` : change.message,
      path: where.path,
      ...(change.additiveByConvention ? { additiveByConvention: true } : {}),
      ...(change.hint ? { hint: change.hint } : {}),
    });
  }

  private probe(oldSchema: JsonSchema, newSchema: JsonSchema, at: Location): Effect {
    const saved = this.sink;
    this.sink = [];
    try {
      this.visit(oldSchema, newSchema, at, false);
      return this.sink.reduce<Effect>((acc, c) => combineEffects(acc, c.effect), 'neutral');
    } finally {
      this.sink = saved;
    }
  }
}

function hasValidationSiblings(schema: SchemaObject): boolean {
  if (typeof schema.$ref !== 'string') return false;
  return Object.keys(schema).some(
    (k) => k !== '$ref' && !ANNOTATION_KEYWORDS.has(k) && k !== '$defs' && k !== 'definitions',
  );
}

const REFERENCE_KEYWORDS = new Set(['$ref', '$dynamicRef', '$recursiveRef']);

/**
 * Equal JSON values (key order aside) without a reference keyword anywhere inside.
 * @internal Exported for test/diff/skip-unchanged.test.ts: which subtrees the walker may skip.
 */
export function sameAndRefFree(a: unknown, b: unknown): boolean {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return a === b;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameAndRefFree(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) {
    if (REFERENCE_KEYWORDS.has(key) || !Object.hasOwn(b, key)) return false;
    if (!sameAndRefFree((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
  }
  return true;
}
