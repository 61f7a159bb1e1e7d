/**
 * Which names the name rules look at: every distinct `EventVersion.event`, once. In versioned
 * layouts every version shares the name, so a finding points at the newest version's file (the
 * one a rename would start from); SalesTalk names carry the version and are each their own target.
 */
import type { NamingConfig } from '../model/config.js';
import type { FindingDraft } from '../model/finding.js';
import type { ContractRepo } from '../model/repo.js';
import type { NameProblem } from './parse.js';

export interface NameTarget {
  event: string;
  /** Repo-relative path of the file the name is reported on. */
  file: string;
}

/** Every name rule asks; computed once per repo. */
const targetsByRepo = new WeakMap<ContractRepo, NameTarget[]>();

export function nameTargets(repo: ContractRepo): NameTarget[] {
  let targets = targetsByRepo.get(repo);
  if (!targets) targetsByRepo.set(repo, (targets = collectTargets(repo)));
  return targets;
}

function collectTargets(repo: ContractRepo): NameTarget[] {
  const newest = new Map<string, string>();
  // versions are sorted oldest first, so the last file seen for a name is its newest
  for (const contract of repo.events) for (const v of contract.versions) newest.set(v.event, v.doc.file);
  return [...newest]
    .map(([event, file]) => ({ event, file }))
    .sort((a, b) => (a.event < b.event ? -1 : a.event > b.event ? 1 : 0));
}

/** Runs a single-name check over every target and turns its problems into findings. */
export function checkEachName(
  repo: ContractRepo,
  check: (name: string, naming: NamingConfig) => NameProblem[],
): FindingDraft[] {
  return nameTargets(repo).flatMap(({ event, file }) =>
    check(event, repo.config.naming).map((p) => ({
      ruleId: p.ruleId,
      event,
      file,
      pointer: '',
      message: p.message,
      ...(p.hint ? { hint: p.hint } : {}),
    })),
  );
}
