/** Building findings for a schema document: the event (when the document is a payload) and file. */
import type { FindingDraft } from '../model/finding.js';
import type { SchemaDoc } from '../model/repo.js';

export function schemaFinding(
  ruleId: string,
  target: { doc: SchemaDoc; event?: string },
  pointer: string,
  message: string,
  extra: Partial<FindingDraft> = {},
): FindingDraft {
  return {
    ruleId,
    ...(target.event ? { event: target.event } : {}),
    file: target.doc.file,
    pointer,
    message,
    ...extra,
  };
}
