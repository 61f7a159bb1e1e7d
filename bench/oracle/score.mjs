// Scores evt's verdicts against the referee, per mode and policy. evt is passed in (`diffDocuments`
// from dist/ for `npm run oracle`, from src/ in the tests): the referee imports nothing of evt.
//
// A verdict is "breaking" when evt reports a finding at error or warning (both say the change
// breaks someone); a warning-only verdict is the additions convention (enum values and union
// branches, docs/COMPATIBILITY.md), counted apart. Truth: "proven" when the referee found a witness,
// or when evt's own witness passes the referee's check; otherwise "no witness found".
import { judgePair, MODES, POLICIES } from './judge.mjs';
import { pairSeed } from './pairs.mjs';
import { createRandom } from './random.mjs';
import { createValidators } from './validate.mjs';

/** Judges `pairs` and compares evt's verdicts; returns per mode/policy counts and the disagreements. */
export function scorePairs(
  pairs,
  { diffDocuments, seed, budget = undefined, onProgress = undefined, modes = MODES, policies = POLICIES },
) {
  const validators = createValidators();
  const cells = {};
  for (const mode of modes) for (const policy of policies) cells[`${mode}/${policy}`] = emptyCell();
  const disagreements = [];
  const slowCalls = [];
  let unjudged = 0;
  // One call before timing: the first call pays for module initialisation, not for its pair.
  diffDocuments({ type: 'object' }, { type: 'object', required: ['a'] }, { mode: 'backward', policy: 'strict' });
  for (const [index, pair] of pairs.entries()) {
    if (onProgress && index % 500 === 0) onProgress(index);
    const judged = judgePair(pair.old, pair.new, {
      random: createRandom(pairSeed(seed, index)),
      validators,
      ...(budget ? { budget } : {}),
    });
    if (!judged) {
      unjudged++;
      continue;
    }
    for (const mode of modes)
      for (const policy of policies) {
        const key = `${mode}/${policy}`;
        const cell = cells[key];
        const started = performance.now();
        let findings;
        try {
          findings = diffDocuments(pair.old, pair.new, { mode, policy });
        } catch (error) {
          cell.crashes++;
          disagreements.push(
            entry(pair, mode, policy, { verdict: 'crash', error: String(error) }, 'unknown', undefined, 'crash'),
          );
          continue;
        }
        const ms = performance.now() - started;
        if (ms > SLOW_MS) slowCalls.push({ ms, pair, mode, policy });
        const outcome = compare(findings, judged, mode, policy);
        cell.pairs++;
        cell.findings += outcome.breakingFindings.length;
        cell.verifiedWitnesses += outcome.verified;
        if (outcome.refereeWitness !== undefined) cell.refereeProven++;
        if (outcome.evtOnlyProof) cell.provenOnlyByEvt++;
        cell[outcome.kind]++;
        disagreements.push(...disagreementsOf(pair, mode, policy, outcome));
      }
  }
  return { cells, disagreements, slowest: slowestCall(slowCalls, diffDocuments), unjudged, pairs: pairs.length };
}

/** The disagreements one (pair, mode, policy) outcome makes, each with its class. */
function disagreementsOf(pair, mode, policy, outcome) {
  const evt = summariseEvt(outcome);
  if (outcome.kind === 'falsePositive')
    return [
      entry(pair, mode, policy, evt, 'no-witness-found', undefined, `false-alarm:${ruleIds(outcome.breakingFindings)}`),
    ];
  if (outcome.kind === 'falseNegative')
    return [entry(pair, mode, policy, evt, 'breaking', outcome.refereeWitness, `missed:${mutationKinds(pair)}`)];
  if (outcome.kind === 'trueNegative') return [];
  return outcome.unverified.map((finding) =>
    entry(pair, mode, policy, evt, 'breaking', outcome.truthWitness, `unverified-witness:${finding.ruleId}`),
  );
}

/**
 * Makes a disagreement smaller: drops members (from both versions, at the same place) while the
 * same class of disagreement remains, so the engine's maintainer reads the defect, not the noise.
 * Bounded by `attempts` re-judgements (each one witness search and one evt call).
 */
export function shrinkDisagreement(item, { diffDocuments, attempts = 25 }) {
  const validators = createValidators();
  const stillDisagrees = (oldDoc, newDoc) => {
    const judged = judgePair(oldDoc, newDoc, { random: createRandom(1), validators });
    if (!judged) return undefined;
    let findings;
    try {
      findings = diffDocuments(oldDoc, newDoc, { mode: item.mode, policy: item.policy });
    } catch {
      return undefined;
    }
    // The entry spells each mutation `kind@place`; the class of a miss is read off the kinds.
    const mutations = item.mutations.map((text) => ({
      kind: text.split('@')[0],
      at: text.slice(text.indexOf('@') + 1),
    }));
    const pair = { id: item.id, old: oldDoc, new: newDoc, mutations };
    const outcome = compare(findings, judged, item.mode, item.policy);
    return disagreementsOf(pair, item.mode, item.policy, outcome).find((other) => other.class === item.class);
  };
  let best = item;
  let left = attempts;
  let improved = true;
  while (improved && left > 0) {
    improved = false;
    for (const [oldDoc, newDoc] of withoutOneMember(best.old, best.new)) {
      if (left-- <= 0) break;
      const smaller = stillDisagrees(oldDoc, newDoc);
      if (smaller) {
        best = { ...smaller, mutations: item.mutations, shrunk: true };
        improved = true;
        break;
      }
    }
  }
  return best;
}

/** Both documents with one `properties` member removed at the same place (and from `required`). */
function* withoutOneMember(oldDoc, newDoc) {
  const places = [];
  const visit = (node, path) => {
    if (!node || typeof node !== 'object') return;
    if (
      !Array.isArray(node) &&
      node.properties &&
      typeof node.properties === 'object' &&
      !Array.isArray(node.properties)
    )
      for (const name of Object.keys(node.properties)) places.push([...path, 'properties', name]);
    for (const [key, child] of Object.entries(node)) visit(child, [...path, key]);
  };
  visit(oldDoc, []);
  const drop = (doc, path) => {
    const copy = structuredClone(doc);
    let parent = copy;
    for (const step of path.slice(0, -2)) {
      if (!parent || typeof parent !== 'object') return copy;
      parent = parent[step];
    }
    const name = path[path.length - 1];
    if (parent?.properties && Object.hasOwn(parent.properties, name)) {
      delete parent.properties[name];
      if (Array.isArray(parent.required)) {
        parent.required = parent.required.filter((member) => member !== name);
        if (parent.required.length === 0) delete parent.required;
      }
    }
    return copy;
  };
  for (const path of places.reverse()) yield [drop(oldDoc, path), drop(newDoc, path)];
}

const SLOW_MS = 10;

/**
 * evt's slowest pair, timed again: the first timing shares the process with the referee's garbage,
 * so a collection pause can land inside evt's call. Each call over SLOW_MS is re-run three times
 * and keeps its fastest time; the slowest of those is the figure (witnesses on, as evt runs). Each
 * re-run gets a fresh `$comment` on both documents: evt caches compiled validators by content, and
 * a cache hit would time less than evt's real first look at a pair.
 */
function slowestCall(calls, diffDocuments) {
  const slowest = { ms: 0, firstMs: 0, id: undefined, mode: undefined, policy: undefined };
  let fresh = 0;
  const renamed = (schema) =>
    schema && typeof schema === 'object' ? { ...schema, $comment: `oracle re-time ${++fresh}` } : schema;
  for (const call of calls.sort((a, b) => b.ms - a.ms).slice(0, 50)) {
    let best = call.ms;
    for (let k = 0; k < 3; k++) {
      const [oldDoc, newDoc] = [renamed(call.pair.old), renamed(call.pair.new)];
      const started = performance.now();
      diffDocuments(oldDoc, newDoc, { mode: call.mode, policy: call.policy });
      best = Math.min(best, performance.now() - started);
    }
    if (best > slowest.ms)
      Object.assign(slowest, { ms: best, firstMs: call.ms, id: call.pair.id, mode: call.mode, policy: call.policy });
  }
  return slowest;
}

function emptyCell() {
  return {
    pairs: 0,
    truePositive: 0,
    convention: 0,
    falsePositive: 0,
    falseNegative: 0,
    trueNegative: 0,
    refereeProven: 0,
    provenOnlyByEvt: 0,
    findings: 0,
    verifiedWitnesses: 0,
    crashes: 0,
  };
}

function compare(findings, judged, mode, policy) {
  const writer = mode === 'backward' ? 'old' : 'new';
  const breakingFindings = findings.filter((finding) => finding.severity === 'error' || finding.severity === 'warning');
  const verifies = (finding) =>
    finding.witness !== undefined &&
    finding.witness.acceptedBy === writer &&
    judged.verify(mode, policy, finding.witness.payload);
  const unverified = breakingFindings.filter((finding) => !verifies(finding));
  const evtProof = breakingFindings.find(verifies)?.witness.payload;
  const refereeWitness = judged.witnesses[`${mode}/${policy}`];
  const truthWitness = refereeWitness ?? evtProof;
  const evtBreaking = breakingFindings.length > 0;
  const onlyWarnings = evtBreaking && breakingFindings.every((finding) => finding.severity === 'warning');
  let kind;
  if (evtBreaking && truthWitness !== undefined) kind = onlyWarnings ? 'convention' : 'truePositive';
  else if (evtBreaking) kind = 'falsePositive';
  else if (refereeWitness !== undefined) kind = 'falseNegative';
  else kind = 'trueNegative';
  return {
    kind,
    findings,
    breakingFindings,
    verified: breakingFindings.length - unverified.length,
    unverified,
    refereeWitness,
    truthWitness,
    evtOnlyProof: refereeWitness === undefined && evtProof !== undefined,
  };
}

function summariseEvt(outcome) {
  const verdict = outcome.breakingFindings.some((finding) => finding.severity === 'error')
    ? 'error'
    : outcome.breakingFindings.length > 0
      ? 'warning'
      : 'compatible';
  return {
    verdict,
    findings: outcome.findings.map((finding) => ({
      ruleId: finding.ruleId,
      severity: finding.severity,
      pointer: finding.pointer,
      ...(finding.witness ? { witness: finding.witness } : {}),
    })),
  };
}

function entry(pair, mode, policy, evt, truth, witness, kind) {
  return {
    id: pair.id,
    old: pair.old,
    new: pair.new,
    mode,
    policy,
    evt,
    truth,
    ...(witness === undefined ? {} : { witness }),
    class: kind,
    mutations: pair.mutations.map((mutation) => `${mutation.kind}@${mutation.at || '/'}`),
  };
}

const ruleIds = (findings) => [...new Set(findings.map((finding) => finding.ruleId))].sort().join('+');
const mutationKinds = (pair) =>
  [...new Set(pair.mutations.map((mutation) => mutation.kind))].sort().join('+') || 'none';

/** The figures the acceptance lines name, from one cell's counts. */
export function figures(cell) {
  const reported = cell.truePositive + cell.convention + cell.falsePositive;
  const proven = cell.truePositive + cell.convention + cell.falseNegative;
  return {
    precision: reported === 0 ? 1 : (cell.truePositive + cell.convention) / reported,
    recall: proven === 0 ? 1 : (cell.truePositive + cell.convention) / proven,
    witnessShare: cell.findings === 0 ? 1 : cell.verifiedWitnesses / cell.findings,
  };
}

/**
 * Keeps at most `perClass` disagreements per class, smallest pair first (by text length): the
 * file the engine's maintainer reads should show each defect once or a few times, as small as found.
 */
export function dedupeByClass(entries, perClass = 10) {
  const size = (item) => JSON.stringify(item.old).length + JSON.stringify(item.new).length;
  const seen = new Set();
  const byClass = new Map();
  for (const item of [...entries].sort((a, b) => size(a) - size(b))) {
    const key = `${item.id}|${item.mode}|${item.policy}|${item.class}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const list = byClass.get(item.class) ?? [];
    if (list.length < perClass) list.push(item);
    byClass.set(item.class, list);
  }
  return [...byClass.values()].flat();
}
