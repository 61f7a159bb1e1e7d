/**
 * name-duplicate: one schema file per event name and version. Two files for the same pair
 * (`order.placed.schema.json` next to `order.placed.schema.yaml`, or the same `-v1` file in two
 * contract folders) leave producers and consumers free to validate against different schemas.
 */
import type { RuleFinding } from '../../model/rule.js';
import type { EventVersion } from '../../model/repo.js';
import { defineRule } from '../../rules/define.js';
import { quote } from '../parse.js';

const id = 'name-duplicate';

/** Versions grouped by name and version (compared by value: `1` and `1.0.0` are not merged). */
function groupSame(versions: readonly EventVersion[]): EventVersion[][] {
  const groups = new Map<string, EventVersion[]>();
  for (const v of versions) {
    const key = `${v.event}\u0000${v.version?.format ?? ''}:${v.version?.parts.join('.') ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), v]);
  }
  return [...groups.values()].filter((group) => group.length > 1);
}

/** Each file of a group points at the others. */
function findingsFor(group: EventVersion[]): RuleFinding[] {
  return group.map((v) => {
    const others = group.filter((o) => o !== v).map((o) => o.doc.file);
    const version = v.version ? ` version ${v.version.raw}` : '';
    return {
      event: v.event,
      file: v.doc.file,
      pointer: '',
      message: `${quote(v.event)}${version} is also defined in ${others.join(', ')}`,
      hint: 'keep one schema file per event name and version',
    };
  });
}

export const nameDuplicate = defineRule({
  id,
  family: 'names',
  scope: 'repo',
  needsEveryEvent: true,
  defaultSeverity: 'error',
  docs: {
    summary: 'No two schema files define the same event name and version.',
    rationale: 'With two schemas for one event, which one validates depends on who loads which file first.',
    example: {
      bad: 'schemas/order.placed.schema.json + schemas/order.placed.schema.yaml',
      good: 'schemas/order.placed.schema.json',
    },
  },
  check: (repo) => repo.events.flatMap((contract) => groupSame(contract.versions)).flatMap(findingsFor),
});
