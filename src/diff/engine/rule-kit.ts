import type { Effect } from '../../model/finding.js';
import type { NodeRule } from '../../model/rule.js';
import { defineRule } from '../../rules/define.js';
import type { Family, Norm } from './norm.js';
import type { NodePair, WitnessHint } from './pair.js';

export interface CountRuleSpec {
  id: string;
  keyword: string;
  /** 'min' bounds: larger narrows. 'max' bounds: smaller narrows. */
  bound: 'min' | 'max';
  /** Which movement of the bound this rule reports. */
  moved: 'increased' | 'decreased';
  instanceType: Family;
  read: (norm: Norm) => number;
  /** Value to try at the instance location: a length/count the old or new side accepts. */
  hint?: (count: number) => WitnessHint;
  noun: string;
  summary: string;
  rationale: string;
  example: { bad: string; good: string };
  /** Skip the check when this returns false (e.g. minContains without contains). */
  applies?: (pair: NodePair) => boolean;
}

/**
 * The many `min*`/`max*` count keywords behave alike (2020-12 Validation §6.3-6.5): a missing
 * `min*` is 0, a missing `max*` is unbounded, and the direction of the move decides the effect.
 */
export function countRule(spec: CountRuleSpec): NodeRule {
  const effect: Effect = (spec.bound === 'min') === (spec.moved === 'increased') ? 'narrows' : 'widens';
  return defineRule({
    id: spec.id,
    family: 'diff',
    scope: 'node',
    effect,
    instanceType: spec.instanceType,
    docs: { summary: spec.summary, rationale: spec.rationale, example: spec.example },
    check: (pair) => {
      if (spec.applies && !spec.applies(pair)) return;
      const before = spec.read(pair.old);
      const after = spec.read(pair.new);
      const moved = after > before ? 'increased' : after < before ? 'decreased' : undefined;
      if (moved !== spec.moved) return;
      // The count just outside the narrower bound is accepted by the wider side only.
      const probe = spec.bound === 'min' ? Math.min(before, after) : Math.min(before, after) + 1;
      pair.emit({
        effect,
        message: `${spec.noun} ${spec.moved} from ${show(before)} to ${show(after)}`,
        hint: { ...spec.hint?.(probe), side: effect === 'narrows' ? 'old' : 'new' },
      });
    },
  });
}

function show(value: number): string {
  return Number.isFinite(value) ? String(value) : 'unbounded';
}

export function quote(value: unknown): string {
  return JSON.stringify(value);
}
