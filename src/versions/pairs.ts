/**
 * Which schemas to compare inside one tree: each event's consecutive versions (v1->v2, v2->v3),
 * or with `transitive` the newest against every kept earlier version.
 */
import type { ContractRepo, VersionPair } from '../model/repo.js';

export function pairVersions(repo: ContractRepo, transitive = false): VersionPair[] {
  const pairs: VersionPair[] = [];
  for (const event of repo.events) {
    const versions = event.versions.filter((v) => v.version !== null);
    if (versions.length < 2) continue;
    const newest = versions[versions.length - 1]!;
    for (let i = 0; i < versions.length - 1; i++) {
      const previous = versions[i]!;
      const current = transitive ? newest : versions[i + 1]!;
      pairs.push({ event: event.name, previous, current, origin: 'tree' });
    }
  }
  return pairs;
}
