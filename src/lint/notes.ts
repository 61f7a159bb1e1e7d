/**
 * What lint says once per run rather than per file: that a rule compared nothing, and why.
 */
import type { ContractRepo } from '../model/repo.js';
import { idConvention, idOf } from '../schemas/id-convention.js';

export function lintNotes(repo: ContractRepo): string[] {
  const notes: string[] = [];
  const versions = repo.events.flatMap((e) => e.versions);
  const convention = idConvention(versions, repo.config.schemas.idTemplate);
  if (convention.kind === 'none' && repo.config.schemas.idTemplate !== 'none' && versions.some((v) => idOf(v)))
    notes.push(
      `schema-id-mismatch compared no $id: ${convention.reason}; set schemas.idTemplate (or none) to say which`,
    );
  return notes;
}
