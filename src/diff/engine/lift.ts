import { isObject, type JsonSchema, type SchemaObject } from './json.js';
import { mergeSchemas } from './merge.js';
import type { Norm } from './norm.js';
import { emptyNorm } from './normalize.js';
import { isAnnotation } from '../rules/annotation-changed.js';

/**
 * When only one side is a union (`anyOf`/`oneOf`), compare branch-wise: the plain side becomes a
 * one-branch union and the union side's sibling keywords are distributed into each branch
 * (`S ∧ (A ∨ B)` = `(S ∧ A) ∨ (S ∧ B)`). So `{type: string}` -> `oneOf: [number, string]` reads as
 * "a number branch was added", which is what a reviewer expects.
 */
export function liftUnions(o: Norm, n: Norm): [Norm, Norm] {
  if (Boolean(o.union) === Boolean(n.union)) return [o, n];
  const plain = o.union ? n : o;
  if (!hasValidation(plain.raw)) return [o, n];
  const union = (o.union ?? n.union) as NonNullable<Norm['union']>;
  const liftedPlain = asUnion(plain, union.kind, [stripAnnotations(plain.raw)]);
  const unionSide = o.union ? o : n;
  const siblings = stripAnnotations(withoutUnion(unionSide.raw));
  const branches = union.branches.map((b) => mergeSchemas(siblings, b) ?? { allOf: [siblings, b] });
  const liftedUnion = asUnion(unionSide, union.kind, branches);
  return o.union ? [liftedUnion, liftedPlain] : [liftedPlain, liftedUnion];
}

function asUnion(norm: Norm, kind: 'anyOf' | 'oneOf', branches: JsonSchema[]): Norm {
  const lifted = emptyNorm(norm.raw);
  lifted.union = { kind, branches };
  return lifted;
}

function withoutUnion(raw: SchemaObject): SchemaObject {
  const { anyOf: _a, oneOf: _o, ...rest } = raw;
  return rest;
}

function stripAnnotations(raw: SchemaObject): SchemaObject {
  return Object.fromEntries(
    Object.entries(raw).filter(([k]) => !isAnnotation(k) && k !== '$defs' && k !== 'definitions'),
  );
}

function hasValidation(raw: unknown): boolean {
  return isObject(raw) && Object.keys(stripAnnotations(raw)).length > 0;
}
