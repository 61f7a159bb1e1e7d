/**
 * The public JSON format: `{ schemaVersion, tool, command, root, summary, findings[], notes[] }`.
 * `root` is left out so the output is the same wherever the repo is checked out, and `rules`
 * because `evt rules --format json` has them.
 * Documented in the README ("JSON output"); bump REPORT_SCHEMA_VERSION on any incompatible change.
 */
import { jsonWithoutRawControls } from '../util/one-line.js';
import type { Reporter } from './types.js';

export const renderJson: Reporter = (report) => {
  const { root: _root, rules: _rules, ...portable } = report;
  return `${jsonWithoutRawControls(JSON.stringify(portable, null, 2))}\n`;
};
