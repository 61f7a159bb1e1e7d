import type { ContractRepo, EventContract, EventVersion } from '../../model/repo.js';
import { formatVersion } from '../versions.js';

/** The newest kept version of an event: where findings about the event as a whole point. */
export function newest(event: EventContract): EventVersion {
  return event.versions[event.versions.length - 1]!;
}

/** Full names as written in registries and unions: `name` or, SalesTalk style, `name.vN`. */
export function publishedNames(repo: ContractRepo): Map<string, EventVersion> {
  const names = new Map<string, EventVersion>();
  for (const event of repo.events) for (const v of event.versions) names.set(v.event, v);
  return names;
}

export function versionLabel(v: EventVersion): string {
  return formatVersion(v.version);
}
