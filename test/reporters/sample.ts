import fs from 'node:fs';
import path from 'node:path';
import type { Report } from '../../src/model/report.js';
import type { ReporterOptions } from '../../src/reporters/index.js';
import type { RuleEntry } from '../../src/model/rule.js';
import { FIXTURES } from '../helpers/paths.js';

const REPORTS = path.join(FIXTURES, 'reports');

/** Rule docs pinned for the tests (the catalog grows; the expected files should not move with it). */
const sampleRules = (): RuleEntry[] =>
  JSON.parse(fs.readFileSync(path.join(REPORTS, 'sample-rules.json'), 'utf8')) as RuleEntry[];

/**
 * The one hand-built report every reporter is tested on: lint and diff findings, witnesses, an
 * approved one, one without a file; it carries the pinned rule docs, as a run's report carries its rules'.
 */
export const sampleReport = (): Report => ({
  ...(JSON.parse(fs.readFileSync(path.join(REPORTS, 'sample-report.json'), 'utf8')) as Omit<Report, 'rules'>),
  rules: sampleRules(),
});

export const sampleOptions: ReporterOptions = {
  color: false,
  tool: { version: '0.0.0-test', informationUri: 'https://example.invalid/evt' },
};

/**
 * Exact comparison with fixtures/reports/<name>. EVT_UPDATE_EXPECTED=1 rewrites the file instead;
 * review the diff before committing it.
 */
export function expectedFile(name: string, actual: string): string {
  const file = path.join(REPORTS, name);
  if (process.env.EVT_UPDATE_EXPECTED === '1') fs.writeFileSync(file, actual);
  return fs.readFileSync(file, 'utf8');
}
