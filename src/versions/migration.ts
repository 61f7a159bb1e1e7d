/**
 * How to move consumers and producers across a breaking change that a new major version carries.
 * The order follows from who breaks (COMPATIBILITY.md, "Two directions"): old consumers reject new
 * events (forward), so consumers upgrade first; new consumers reject old events (backward: replays,
 * queued events), so they keep reading the old version until none is left.
 */
import type { BreakDirection } from '../model/finding.js';

export function migrationHint(from: string, to: string, breaks: BreakDirection, versionField?: string): string {
  const dispatch = versionField ? ` (dispatch on the envelope's \`${versionField}\`)` : '';
  const keep = `keep ${from} published while consumers move to ${to}`;
  if (breaks === 'old-consumers') return `${keep}; upgrade consumers to read ${to}${dispatch} before producers emit it`;
  if (breaks === 'new-consumers')
    return `${keep}; producers may switch to ${to} first, and consumers keep reading ${from}${dispatch} until no ${from} events are left (replays, queues)`;
  return `${keep}; consumers first read both ${from} and ${to}${dispatch}, then producers switch to ${to}; retire ${from} once no ${from} events are left`;
}

/** Both directions merged: who breaks across several changes. */
export function mergeBreaks(directions: readonly (BreakDirection | undefined)[]): BreakDirection | undefined {
  const set = new Set(directions.filter((d) => d !== undefined));
  if (set.has('both') || (set.has('old-consumers') && set.has('new-consumers'))) return 'both';
  return set.values().next().value;
}
