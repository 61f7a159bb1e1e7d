/**
 * A scaffold plan is data: every file evt new would create or change, with its text before
 * (null: the file does not exist) and after. Planning reads; only applyPlan writes.
 */
export interface PlannedFile {
  /** Repo-relative POSIX path. */
  path: string;
  before: string | null;
  after: string;
}

export interface ScaffoldPlan {
  /** Absolute repo root every path is relative to. */
  root: string;
  /** What the plan does: a new event type, or the next version of an existing one. */
  action: 'new-event' | 'next-version';
  /** The published name of the schema the plan creates (`deck.generated.v3` in versionInName layouts). */
  event: string;
  /** The version created, as written in paths (`3`, `1.1.0`); undefined in flat layouts. */
  version?: string;
  /** Files whose text changes, in write order; empty when there is nothing to do. */
  files: PlannedFile[];
  /** What to do next by hand (printed after the plan). */
  notes: string[];
}

/** Only the files whose text actually changes. */
export function changedFiles(files: PlannedFile[]): PlannedFile[] {
  return files.filter((f) => f.before !== f.after);
}
