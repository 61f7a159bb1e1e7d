import type { Report } from '../model/report.js';

export interface ReporterOptions {
  /** Colour output (text reporter only). */
  color: boolean;
  /** The tool as SARIF describes it; default: version and homepage from package.json. Tests pin it. */
  tool?: { version: string; informationUri?: string };
}

/** A reporter is a pure function of the report: no I/O, no process state. */
export type Reporter = (report: Report, options: ReporterOptions) => string;
