/**
 * The repo level of the diff: compare every version pair (kept versions in the tree, or the tree
 * against a git revision), classify each pair's changes and apply the version policy.
 * diffVersionPairs (every pair) -> diffVersionPair (one pair) -> the engine's diffDocuments (two schemas).
 */
import type { RunRequest } from '../pipeline/request.js';
import type { Finding } from '../model/finding.js';
import type { ContractRepo, SchemaDoc, VersionPair } from '../model/repo.js';
import { lastWinsNote } from './last-wins.js';
import { formatVersion } from '../repo/versions.js';
import type { ChangeKind } from '../model/rule.js';
import { runPairRules } from '../rules/run.js';
import { fingerprint } from '../approvals/fingerprint.js';
import { getAtPointer } from '../util/json-pointer.js';
import { consumerView } from './consumer-view.js';
import { stepMayBreak } from './step.js';
import { checkedWitness } from './witness-check.js';
import type { SchemaDiffer, PairResult } from './types.js';

/** The request's overrides (undefined: each event's config decides), the differ, and an optional memo. */
type VersionPairsOptions = Pick<RunRequest, 'mode' | 'policy'> & {
  differ: SchemaDiffer;
  /** Wraps each pair's computation (the --cache store); the default computes it. */
  memo?: (pair: VersionPair, compute: () => Promise<PairResult>) => Promise<PairResult>;
};

export async function diffVersionPairs(
  repo: ContractRepo,
  pairs: VersionPair[],
  options: VersionPairsOptions,
): Promise<{ findings: Finding[]; notes: string[] }> {
  const findings: Finding[] = [];
  const notes = new Set<string>();
  for (const pair of pairs) {
    if (unreadable(pair.previous.doc) || unreadable(pair.current.doc)) continue; // lint reports those
    for (const doc of [pair.previous.doc, pair.current.doc])
      if (doc.parseError) notes.add(`${pair.event}: ${lastWinsNote(doc)}`);
    const compute = async (): Promise<PairResult> => {
      const result = await diffVersionPair(repo, pair, options);
      const versions = { from: label(pair, 'previous'), to: label(pair, 'current') };
      const kind = classify(result.findings);
      const judged = runPairRules(pair, kind, repo.config.rules, {
        changes: result.findings,
        versionField: repo.config.compatibility.versionField,
      }).map((f) => ({ ...f, versions }));
      // a break the version step may carry is the expected major change (one finding above), not an error each
      const expected = kind === 'breaking' && stepMayBreak(pair);
      return {
        findings: [...(expected ? result.findings.map(asExpected) : result.findings), ...judged],
        notes: result.notes,
      };
    };
    const result = options.memo ? await options.memo(pair, compute) : await compute();
    for (const note of result.notes) notes.add(`${pair.event}: ${note}`);
    for (const finding of result.findings) findings.push(finding);
  }
  return { findings, notes: [...notes] };
}

/** Not parsed at all; a duplicate key still has its last-wins parse, which is compared (with a note). */
function unreadable(doc: SchemaDoc): boolean {
  return doc.parseError !== undefined && doc.json === undefined;
}

async function diffVersionPair(
  repo: ContractRepo,
  pair: VersionPair,
  options: VersionPairsOptions,
): Promise<PairResult> {
  const perEvent = repo.config.compatibility.events[pair.event] ?? {};
  const versions = { from: label(pair, 'previous'), to: label(pair, 'current') };
  const unknownFields = repo.config.compatibility.unknownFields;
  const [previous, current] = [
    consumerView(pair.previous.doc, unknownFields),
    consumerView(pair.current.doc, unknownFields),
  ];
  const found = await options.differ(previous, current, {
    mode: options.mode ?? perEvent.mode ?? repo.config.compatibility.mode,
    policy: options.policy ?? perEvent.policy ?? repo.config.compatibility.policy,
    rules: repo.config.rules,
    versions,
    event: pair.event,
  });
  const findings = found.findings.map((f) => {
    const finding = {
      ...checkedWitness(f, pair.previous.doc.json, pair.current.doc.json),
      event: f.event ?? pair.event,
      file: f.file ?? pair.current.doc.file,
      versions: f.versions ?? versions,
    };
    const change = {
      previous: getAtPointer(pair.previous.doc.json, f.pointer),
      current: getAtPointer(pair.current.doc.json, f.pointer),
    };
    return { ...finding, fingerprint: fingerprint(finding, change) };
  });
  return { findings, notes: found.notes };
}

function label(pair: VersionPair, side: 'previous' | 'current'): string {
  const v = pair[side];
  if (pair.origin === 'git' && side === 'previous') return v.version ? `${formatVersion(v.version)}@base` : 'base';
  return v.version ? formatVersion(v.version) : 'working tree';
}

/** A diff finding inside a step that may break: reported, but only as info. */
function asExpected(finding: Finding): Finding {
  return finding.breaks && finding.severity !== 'info' ? { ...finding, severity: 'info' } : finding;
}

/** breaking: something fails under the mode; additive: something changed the accepted set. */
function classify(findings: Finding[]): ChangeKind {
  if (findings.some((f) => f.severity === 'error')) return 'breaking';
  return findings.some((f) => f.effect !== undefined && f.effect !== 'neutral') ? 'additive' : 'none';
}
