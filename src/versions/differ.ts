import { diffDocuments, diffDocumentsChecked } from '../diff/index.js';
import type { SchemaDiffer } from './types.js';

export interface DifferOptions {
  /** Attach verified witnesses to breaking findings. */
  witnesses: boolean;
  /** Also ask json-schema-diff (bounded; reports unclassified-* where it sees a change evt did not). */
  crossCheck?: boolean;
}

/** The engine behind `evt diff`: the structural diff of src/diff, optionally cross-checked. */
export function engineDiffer({ witnesses, crossCheck }: DifferOptions): SchemaDiffer {
  if (!crossCheck)
    return (previous, current, options) => ({
      findings: diffDocuments(previous.json, current.json, { ...options, file: current.file, witnesses }),
      notes: [],
    });
  return (previous, current, options) =>
    diffDocumentsChecked(previous.json, current.json, { ...options, file: current.file, witnesses, crossCheck: true });
}
