import type { RuleFinding } from '../../model/rule.js';
import { defineRule } from '../../rules/define.js';
import { versionLabel } from '../published-names.js';

/** Every schema (and every version of it) is listed in the registry, when the repo has one. */
export const registryMissingEntry = defineRule({
  id: 'registry-missing-entry',
  family: 'repo',
  scope: 'repo',
  defaultSeverity: 'error',
  docs: {
    summary: 'Every event schema and version has an entry in the registry file.',
    rationale:
      'Dispatchers refuse event types that are not registered; a schema without an entry ships but can never be published.',
    example: {
      bad: 'payloads/boat.booked-v2.json exists, registry lists boat.booked versions [1]',
      good: 'registry lists boat.booked versions [1, 2]',
    },
  },
  check(repo) {
    if (!repo.registry || repo.registry.doc.parseError) return [];
    const entries = new Map(repo.registry.entries.map((e) => [e.event, e]));
    const findings: RuleFinding[] = [];
    for (const event of repo.events) {
      for (const v of event.versions) {
        const entry = entries.get(v.event);
        if (!entry) {
          findings.push({
            event: v.event,
            file: v.doc.file,
            pointer: '',
            message: `"${v.event}" has no entry in ${repo.registry.doc.file}`,
            hint: `add "${v.event}" to the registry`,
          });
        } else if (v.version && entry.versions.length && !entry.versions.includes(v.version.raw)) {
          findings.push({
            event: v.event,
            file: v.doc.file,
            pointer: '',
            message: `${versionLabel(v)} of "${v.event}" is not listed in ${repo.registry.doc.file} (lists ${entry.versions.join(', ')})`,
            hint: `add ${v.version.raw} to the entry's versions`,
          });
        }
      }
    }
    return findings;
  },
});
