/**
 * Findings for documents the loader refused to parse (parseError with a ruleId): one shared helper
 * for the rules schema-too-large, schema-too-deep, schema-duplicate-key and schema-not-utf8.
 */
import type { FindingDraft } from '../model/finding.js';
import type { ContractRepo } from '../model/repo.js';

export function loadProblemFindings(repo: ContractRepo, ruleId: string, hint: string): FindingDraft[] {
  const rejected = (repo.rejected ?? []).filter((doc) => doc.parseError?.ruleId === ruleId);
  // the usual case: nothing refused, so no file -> event map over every version (four rules ask)
  if (rejected.length === 0) return [];
  const events = new Map<string, string>();
  for (const event of repo.events) for (const v of event.versions) events.set(v.doc.file, v.event);
  return rejected.map((doc) => {
    const error = doc.parseError!;
    const event = events.get(doc.file);
    return {
      ruleId,
      file: doc.file,
      ...(event ? { event } : {}),
      pointer: error.pointer ?? '',
      line: error.line,
      column: error.column,
      message: error.message,
      hint,
    };
  });
}
