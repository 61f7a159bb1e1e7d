/** What the registry and union rules compare the files with: names as published, version labels. */
import type { ContractRepo, EventVersion } from '../model/repo.js';
import { formatVersion } from './versions.js';

/** Full names as written in registries and unions: `name` or, SalesTalk style, `name.vN`. */
export function publishedNames(repo: ContractRepo): Map<string, EventVersion> {
  const names = new Map<string, EventVersion>();
  for (const event of repo.events) for (const v of event.versions) names.set(v.event, v);
  return names;
}

export function versionLabel(v: EventVersion): string {
  return formatVersion(v.version);
}
