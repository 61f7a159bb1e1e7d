// The witness search: does some payload that the writing side accepts fail on the reading side?
// backward: old writes, new reads; forward: new writes, old reads. Under the lenient policy the
// payload must also carry only members the writing side declares (lenient.mjs). A found witness is
// a proof (ajv checked it on both sides); not finding one after the budget is evidence, not proof,
// and the scores call such verdicts "no witness found", never "compatible by proof".
import { declaredMembersOnly } from './lenient.mjs';
import {
  createInstanceGenerator,
  differenceValues,
  interestingValues,
  memberVocabulary,
  substitutions,
  walkInstance,
} from './instances.mjs';
import { isSchemaObject } from './schema-walk.mjs';

export const MODES = ['backward', 'forward'];
export const POLICIES = ['strict', 'lenient'];
// Per pair, shared by the four questions; sized so 5,000 pairs take about two minutes on one core.
const DEFAULT_BUDGET = { generated: 60, walks: 400, substitutionSeeds: 20, substitutionsPerSeed: 150 };

/**
 * Searches witnesses for one pair in both modes and both policies at once (one candidate pool
 * serves all four questions). Returns null when ajv refuses either document.
 */
export function judgePair(oldSchema, newSchema, { random, validators, budget = DEFAULT_BUDGET }) {
  const acceptsOld = validators.compile(oldSchema);
  const acceptsNew = validators.compile(newSchema);
  if (!acceptsOld || !acceptsNew) return null;
  const side = {
    old: { accepts: acceptsOld, declared: declaredMembersOnly(oldSchema, validators.compile) },
    new: { accepts: acceptsNew, declared: declaredMembersOnly(newSchema, validators.compile) },
  };
  const questions = questionsFor(side);
  const found = {};
  const open = () => questions.filter((question) => !(question.key in found));
  const seeds = [];
  const check = (payload) => {
    const inOld = side.old.accepts(payload);
    const inNew = side.new.accepts(payload);
    if (inOld || inNew) {
      if (seeds.length < 300) seeds.push(payload);
      for (const question of open()) if (question.holds(payload, inOld, inNew)) found[question.key] = payload;
    }
  };
  const schemas = [oldSchema, newSchema];
  const vocabulary = memberVocabulary(schemas, random);
  const interesting = interestingValues(schemas);
  const generators = [];
  for (const schema of schemas)
    for (const withUndeclared of [false, true])
      generators.push(createInstanceGenerator(schema, random, { vocabulary, withUndeclared }));
  for (let k = 0; k < budget.generated && open().length > 0; k++)
    for (const generator of generators) check(generator.generate());
  for (const value of interesting) check(value);
  // Systematic: the first accepted payloads (from all four generators in turn), each with one place
  // set to a schema constant, those only one side mentions first.
  const difference = differenceValues(oldSchema, newSchema);
  const pool = [...seeds];
  for (let k = 0; k < budget.substitutionSeeds && k < pool.length && open().length > 0; k++)
    for (const candidate of substitutions(pool[k], difference, budget.substitutionsPerSeed)) check(candidate);
  for (let k = 0; k < budget.walks && open().length > 0 && seeds.length > 0; k++) {
    let payload = random.pick(seeds);
    for (let steps = random.between(1, 2); steps > 0; steps--)
      payload = walkInstance(payload, random, { interesting, vocabulary });
    check(payload);
  }
  const witnesses = {};
  for (const question of questions)
    if (question.key in found) witnesses[question.key] = shrink(found[question.key], question.isWitness);
  return { witnesses, verify: (mode, policy, payload) => verifier(side, mode, policy)(payload) };
}

function questionsFor(side) {
  const questions = [];
  for (const mode of MODES)
    for (const policy of POLICIES) {
      const isWitness = verifier(side, mode, policy);
      questions.push({
        key: `${mode}/${policy}`,
        isWitness,
        holds: (payload, inOld, inNew) => {
          const [writes, reads] = mode === 'backward' ? [inOld, inNew] : [inNew, inOld];
          return writes && !reads && (policy === 'strict' || isWitness(payload));
        },
      });
    }
  return questions;
}

/** Is `payload` a witness of a break in `mode` under `policy`? (ajv on both sides, plus the lenient model.) */
function verifier(side, mode, policy) {
  const [writer, reader] = mode === 'backward' ? [side.old, side.new] : [side.new, side.old];
  return (payload) =>
    writer.accepts(payload) && !reader.accepts(payload) && (policy === 'strict' || writer.declared(payload));
}

/**
 * Greedy shrinking: drop members and items, then simplify leaves, keeping the witness property.
 * Small witnesses make the disagreement file readable and the break obvious.
 */
function shrink(payload, isWitness, maxChecks = 300) {
  let best = payload;
  let checks = 0;
  const attempt = (candidate) => {
    if (checks++ >= maxChecks) return false;
    if (!isWitness(candidate)) return false;
    best = candidate;
    return true;
  };
  let improved = true;
  while (improved && checks < maxChecks) {
    improved = false;
    for (const candidate of simpler(best))
      if (attempt(candidate)) {
        improved = true;
        break;
      }
  }
  return best;
}

/** Candidates one step simpler than `value`, smallest first. */
function* simpler(value) {
  if (Array.isArray(value)) {
    for (let k = value.length - 1; k >= 0; k--) yield value.filter((_, j) => j !== k);
    for (let k = 0; k < value.length; k++)
      for (const child of simpler(value[k])) yield value.map((item, j) => (j === k ? child : item));
    return;
  }
  if (isSchemaObject(value)) {
    const names = Object.keys(value);
    for (const name of names) {
      const { [name]: _dropped, ...rest } = value;
      yield rest;
    }
    for (const name of names) for (const child of simpler(value[name])) yield { ...value, [name]: child };
    return;
  }
  if (typeof value === 'string') {
    if (value.length > 1) yield value.slice(0, Math.ceil(value.length / 2));
    if (value.length > 0) yield value.slice(0, -1);
    return;
  }
  if (typeof value === 'number' && value !== 0) {
    if (!Number.isInteger(value)) yield Math.trunc(value);
    if (Math.abs(value) > 1) yield Math.trunc(value / 2);
  }
}
