import { defineRule } from '../../rules/define.js';
import { removalFinding } from '../removal-verdict.js';

/**
 * Removing a published event breaks every producer and consumer of it at once, and no diff of the
 * remaining files shows it (COMPATIBILITY.md: "the biggest break of all").
 */
export const eventRemoved = defineRule({
  id: 'event-removed',
  family: 'versions',
  scope: 'removal',
  defaultSeverity: 'error',
  docs: {
    summary:
      'A published event is gone since --against: an error unless it was deprecated with a sunset date that has passed (then info).',
    rationale:
      'Consumers of a removed event lose their contract and producers their validation; retiring an event takes a deprecation and a sunset first.',
    example: {
      bad: 'schemas/seller.verified.schema.json deleted in this branch',
      good: '"deprecated": true and "x-sunset": "2026-06-30" first; the file deleted after that date',
    },
  },
  check({ removal, today }) {
    if (removal.version) return [];
    return [removalFinding(removal, today, `published event "${removal.event}"`)];
  },
});
