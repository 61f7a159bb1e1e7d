import { defineRule } from '../../rules/define.js';
import { formatVersion } from '../../repo/versions.js';
import { removalFinding } from '../removal-verdict.js';

/**
 * Deleting an old version strands the consumers still pinned to it and the events still queued in
 * it; it also used to hide the breaks between it and its successor, which are now compared with
 * the base's copy.
 */
export const versionRemoved = defineRule({
  id: 'version-removed',
  family: 'versions',
  scope: 'removal',
  defaultSeverity: 'error',
  docs: {
    summary:
      'A published version of an event is gone since --against: an error unless it was deprecated with a sunset date that has passed (then info).',
    rationale:
      'Consumers pinned to the version and events still queued in it need the schema until the migration is over.',
    example: {
      bad: 'credit.released-v1.json deleted while v1 consumers remain',
      good: 'v1 marked "deprecated": true with an "x-sunset" date, deleted after it',
    },
  },
  check({ removal, today }) {
    if (!removal.version) return [];
    return [removalFinding(removal, today, `version ${formatVersion(removal.version)} of "${removal.event}"`)];
  },
});
