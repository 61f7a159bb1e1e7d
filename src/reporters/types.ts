import type { Report } from '../model/report.js';

export interface ReporterOptions {
  /** Colour output (text reporter only). */
  color: boolean;
}

/** A reporter is a pure function of the report: no I/O, no process state. */
export type Reporter = (report: Report, options: ReporterOptions) => string;
