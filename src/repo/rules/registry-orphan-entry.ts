import type { RuleFinding } from '../../model/rule.js';
import { defineRule } from '../../rules/define.js';
import { publishedNames } from '../published-names.js';

/** Every registry entry, and every version it lists, has a schema file. */
export const registryOrphanEntry = defineRule({
  id: 'registry-orphan-entry',
  family: 'repo',
  scope: 'repo',
  needsEveryEvent: true,
  defaultSeverity: 'error',
  docs: {
    summary: 'Every registry entry and every version it lists has a schema file.',
    rationale: 'A registered event type without a schema cannot be validated: producers publish it unchecked.',
    example: {
      bad: 'registry lists credit.voided, no payloads/credit.voided-v1.json',
      good: 'the schema file exists, or the entry is removed',
    },
  },
  check(repo) {
    if (!repo.registry) return [];
    const names = publishedNames(repo);
    const versionsByEvent = new Map(repo.events.map((e) => [e.name, new Set(e.versions.map((v) => v.version?.raw))]));
    const findings: RuleFinding[] = [];
    const file = repo.registry.doc.file;
    for (const entry of repo.registry.entries) {
      if (!names.has(entry.event)) {
        findings.push({
          event: entry.event,
          file,
          pointer: entry.pointer,
          message: `registry entry "${entry.event}" has no schema file`,
          hint: `add its schema (evt new ${entry.event}) or remove the entry`,
        });
        continue;
      }
      const kept = versionsByEvent.get(entry.event);
      for (const listed of entry.versions) {
        if (kept && !kept.has(listed) && !kept.has(undefined)) {
          findings.push({
            event: entry.event,
            file,
            pointer: entry.pointer,
            message: `registry lists version ${listed} of "${entry.event}" but no schema file has it`,
          });
        }
      }
    }
    return findings;
  },
});
