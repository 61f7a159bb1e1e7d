// Types of referee.mjs for the TypeScript tests that import it (test/oracle/). The referee itself
// is plain JavaScript, checked by tsconfig.bench.json.

export type Mode = 'backward' | 'forward';
export type Policy = 'strict' | 'lenient';
export type Draft = '04' | '07' | '2020-12';

export const DRAFTS: readonly Draft[];
export const MUTATION_KINDS: readonly string[];

export interface Random {
  next(): number;
  int(n: number): number;
}
export function createRandom(seed: number): Random;

export interface Validators {
  compile(schema: unknown): ((payload: unknown) => boolean) | null;
}
export function createValidators(): Validators;

export interface Budget {
  generated: number;
  walks: number;
}
export interface Judgement {
  /** Keyed `${mode}/${policy}`: a shrunk payload the writing side accepts and the reading side rejects. */
  witnesses: Partial<Record<`${Mode}/${Policy}`, unknown>>;
  verify(mode: Mode, policy: Policy, payload: unknown): boolean;
}
export function judgePair(
  oldSchema: unknown,
  newSchema: unknown,
  options: { random: Random; validators: Validators; budget?: Budget },
): Judgement | null;

export interface Pair {
  id: string;
  draft: Draft;
  old: Record<string, unknown>;
  new: Record<string, unknown>;
  mutations: { kind: string; intent: string; at: string }[];
}
export function generatePairs(options: { seed: number; count: number }): Pair[];
export function grammarFeatures(schema: unknown): Set<string>;

export interface Cell {
  pairs: number;
  truePositive: number;
  convention: number;
  falsePositive: number;
  falseNegative: number;
  trueNegative: number;
  refereeProven: number;
  provenOnlyByEvt: number;
  findings: number;
  verifiedWitnesses: number;
  crashes: number;
}
export interface Disagreement {
  id: string;
  old: unknown;
  new: unknown;
  mode: Mode;
  policy: Policy;
  evt: { verdict: string; findings: { ruleId: string; severity: string; pointer: string }[] };
  truth: string;
  witness?: unknown;
  class: string;
  /** Each mutation of the pair, spelled `kind@place`. */
  mutations: string[];
  shrunk?: boolean;
}
type DiffDocuments = (
  oldDoc: unknown,
  newDoc: unknown,
  options: { mode: Mode; policy: Policy },
) => { ruleId: string; severity: string; witness?: { payload: unknown; acceptedBy: 'old' | 'new' } }[];

export function shrinkDisagreement(
  item: Disagreement,
  options: { diffDocuments: DiffDocuments; attempts?: number },
): Disagreement;

export function scorePairs(
  pairs: Pair[],
  options: {
    // evt's diffDocuments, passed in: the referee imports nothing of evt.
    diffDocuments: DiffDocuments;
    seed: number;
    budget?: Budget;
    modes?: readonly Mode[];
    policies?: readonly Policy[];
  },
): {
  cells: Record<string, Cell>;
  disagreements: Disagreement[];
  slowest: { ms: number; id?: string; mode?: Mode; policy?: Policy };
  unjudged: number;
  pairs: number;
};
export function figures(cell: Cell): { precision: number; recall: number; witnessShare: number };
