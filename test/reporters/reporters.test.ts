import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { createReport, type Report } from '../../src/model/report.js';
import { escapeData, escapeProperty } from '../../src/reporters/github.js';
import { REPORTERS } from '../../src/reporters/index.js';
import { ruleCatalog } from '../../src/rules/catalog.js';
import { expectedFile, sampleOptions, sampleReport } from './sample.js';

const require = createRequire(import.meta.url);
const SARIF_SUBSET = require('../../schemas/sarif-2.1.0-subset.json') as Record<string, unknown>;
const PACKAGE = require('../../package.json') as { version: string };

const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false });
addFormats.default(ajv);
const validateSarif = ajv.compile(SARIF_SUBSET);
const sarifErrors = (text: string) => (validateSarif(JSON.parse(text)) ? [] : validateSarif.errors);

// The official OASIS SARIF 2.1.0 (rtm.5) schema, as shipped in @microsoft/jest-sarif (a dev
// dependency kept for this file only): draft-04, so it needs ajv-draft-04.
const OFFICIAL_SARIF = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json') as Record<string, unknown>;
const draft04 = new AjvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false }); // the schema's language pattern is not valid under the u flag
addFormats.default(draft04);
const validateOfficial = draft04.compile(OFFICIAL_SARIF);
const officialErrors = (text: string) => (validateOfficial(JSON.parse(text)) ? [] : validateOfficial.errors);

const clean: Report = createReport('lint', '/home/ci/contracts', []);

describe.each([
  ['sarif', 'expected.sarif'],
  ['github', 'expected.github.txt'],
  ['junit', 'expected.junit.xml'],
  ['markdown', 'expected.md'],
])('%s reporter', (format, expected) => {
  const render = REPORTERS[format]!;

  it(`renders the sample report exactly as fixtures/reports/${expected}`, () => {
    const actual = render(sampleReport(), sampleOptions);
    expect(actual).toBe(expectedFile(expected, actual));
  });

  it('is pure: same bytes twice, the report untouched, no absolute path', () => {
    const report = sampleReport();
    const first = render(report, sampleOptions);
    expect(render(report, sampleOptions)).toBe(first);
    expect(report).toEqual(sampleReport());
    expect(first).not.toContain('/home/ci');
  });
});

describe('sarif', () => {
  it('validates against the official SARIF 2.1.0 JSON Schema, sample and clean report alike', () => {
    expect(officialErrors(REPORTERS.sarif!(sampleReport(), sampleOptions))).toEqual([]);
    expect(officialErrors(REPORTERS.sarif!(clean, { color: false }))).toEqual([]);
    const log = JSON.parse(REPORTERS.sarif!(sampleReport(), sampleOptions));
    log.runs[0].results[0].level = 'fatal';
    expect(validateOfficial(log)).toBe(false);
  });

  it('validates against the vendored SARIF 2.1.0 subset schema, sample and clean report alike', () => {
    expect(sarifErrors(REPORTERS.sarif!(sampleReport(), sampleOptions))).toEqual([]);
    expect(sarifErrors(REPORTERS.sarif!(clean, { color: false }))).toEqual([]);
  });

  it('the subset schema rejects what SARIF rejects', () => {
    const log = JSON.parse(REPORTERS.sarif!(sampleReport(), sampleOptions));
    log.runs[0].results[1].level = 'fatal';
    log.runs[0].results[5].suppressions[0].kind = 'approved';
    delete log.runs[0].tool.driver.name;
    expect(validateSarif(log)).toBe(false);
    expect(validateSarif.errors!.map((e) => `${e.instancePath} ${e.message}`)).toEqual([
      "/runs/0/tool/driver must have required property 'name'",
      '/runs/0/results/1/level must be equal to one of the allowed values',
      '/runs/0/results/5/suppressions/0/kind must be equal to one of the allowed values',
    ]);
  });

  it('without pinned options: the rule catalog and the version from package.json', () => {
    const catalog = ruleCatalog();
    const report = createReport(
      'lint',
      '/r',
      [
        {
          ruleId: 'union-orphan-literal',
          severity: 'error',
          pointer: '',
          file: 'src/event-types.ts',
          line: 4,
          column: 6,
          message: 'm',
        },
      ],
      [],
      catalog,
    );
    const driver = JSON.parse(REPORTERS.sarif!(report, { color: false })).runs[0].tool.driver;
    expect(driver.version).toBe(PACKAGE.version);
    expect(driver.rules).toEqual([
      expect.objectContaining({
        id: 'union-orphan-literal',
        shortDescription: { text: 'Every literal in the TypeScript union of event types has a schema file.' },
        defaultConfiguration: { level: 'error' },
      }),
    ]);
  });

  it('encodes file names as URI references', () => {
    const report = createReport('lint', '/r', [
      { ruleId: 'x', severity: 'error', pointer: '', file: 'odd dir/a#b%.json', message: 'm' },
    ]);
    const uri = JSON.parse(REPORTERS.sarif!(report, sampleOptions)).runs[0].results[0].locations[0].physicalLocation
      .artifactLocation.uri;
    expect(uri).toBe('odd%20dir/a%23b%25.json');
  });
});

describe('github', () => {
  it('escapes data (%, CR, LF) and properties (also : and ,) as @actions/core does', () => {
    expect(escapeData('100% done\r\nnext: a, b')).toBe('100%25 done%0D%0Anext: a, b');
    expect(escapeProperty('a,b:c%\n')).toBe('a%2Cb%3Ac%25%0A');
  });

  it('a file name with , and : stays one property; no file means no file, line or col', () => {
    const report = createReport('lint', '/r', [
      { ruleId: 'x', severity: 'error', pointer: '', file: 'a,b:c.json', line: 2, column: 3, message: 'm' },
      { ruleId: 'y', severity: 'warning', pointer: '/p', line: 2, message: 'two\nlines' },
    ]);
    expect(REPORTERS.github!(report, sampleOptions)).toBe(
      '::warning title=y::two\\nlines%0Apointer: #/p\n::error file=a%2Cb%3Ac.json,line=2,col=3,title=x::m%0Apointer: #\nevt lint: 1 error(s), 1 warning(s), 0 info, 0 approved\n',
    );
  });
});

describe('clean reports', () => {
  it('junit: one passing test case', () => {
    expect(REPORTERS.junit!(clean, sampleOptions)).toBe(`<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="evt lint" tests="1" failures="0" errors="0" skipped="0">
  <testsuite name="evt" tests="1" failures="0" errors="0" skipped="0">
    <testcase name="evt lint: no findings" classname="evt"/>
  </testsuite>
</testsuites>
`);
  });

  it('markdown, github', () => {
    expect(REPORTERS.markdown!(clean, sampleOptions)).toBe('<!-- evt-report -->\n### evt lint: no findings\n');
    expect(REPORTERS.github!(clean, sampleOptions)).toBe('evt lint: 0 error(s), 0 warning(s), 0 info, 0 approved\n');
  });
});

describe('escaping edge cases', () => {
  it('junit shows repo control characters as escapes and escapes XML', () => {
    const report = createReport('lint', '/r', [
      { ruleId: 'x', severity: 'error', pointer: '', message: 'bell\u0007 & <tag>\nnext' },
    ]);
    const xml = REPORTERS.junit!(report, sampleOptions);
    expect(xml).toContain(
      '<failure message="bell\\u0007 &amp; &lt;tag&gt;\\nnext" type="error">(repo): error: bell\\u0007 &amp; &lt;tag&gt;\\nnext\nrule: x',
    );
  });

  it('markdown fences a witness with a longer fence than any backtick run inside it', () => {
    const report = createReport('diff', '/r', [
      {
        ruleId: 'x',
        severity: 'error',
        pointer: '',
        message: 'm',
        effect: 'narrows',
        witness: { payload: { code: '````' }, acceptedBy: 'old' },
      },
    ]);
    expect(REPORTERS.markdown!(report, sampleOptions)).toContain('\n`````json\n{\n  "code": "````"\n}\n`````\n');
  });
});
