/**
 * JUnit XML, for CI systems that show test results (GitLab, Jenkins, Azure, CircleCI).
 * One <testsuite> per rule id (a rule reads as a test; its findings as the cases that fail it),
 * suites sorted by id, cases in report order. error and warning findings are <failure>s (type =
 * severity); info findings pass with the message in <system-out>; approved findings are <skipped>.
 * A clean report is one passing test case, so "0 tests" never looks like a broken pipeline.
 * No timestamps or durations: the same report gives the same bytes.
 */
import type { Finding } from '../model/finding.js';
import { approvalOf, locationOf, versionsOf, witnessJson, witnessLabel } from './describe.js';
import type { Reporter } from './types.js';

interface Counts {
  tests: number;
  failures: number;
  skipped: number;
}

export const renderJunit: Reporter = (report) => {
  const suites = groupByRule(report.findings);
  const body: string[] = [];
  const total: Counts = { tests: 0, failures: 0, skipped: 0 };
  if (suites.size === 0) {
    body.push(
      suite('evt', [`    <testcase name="evt ${attr(report.command)}: no findings" classname="evt"/>`], {
        tests: 1,
        failures: 0,
        skipped: 0,
      }),
    );
    total.tests = 1;
  }
  for (const [ruleId, findings] of suites) {
    const counts: Counts = {
      tests: findings.length,
      failures: findings.filter(fails).length,
      skipped: findings.filter((f) => f.approved).length,
    };
    body.push(
      suite(
        ruleId,
        findings.map((f) => testcase(ruleId, f)),
        counts,
      ),
    );
    total.tests += counts.tests;
    total.failures += counts.failures;
    total.skipped += counts.skipped;
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="evt ${attr(report.command)}" ${countAttrs(total)}>`,
    ...body,
    '</testsuites>',
    '',
  ].join('\n');
};

function groupByRule(findings: Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const group = groups.get(f.ruleId);
    if (group) group.push(f);
    else groups.set(f.ruleId, [f]);
  }
  return new Map([...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function fails(f: Finding): boolean {
  return !f.approved && f.severity !== 'info';
}

function countAttrs(c: Counts): string {
  return `tests="${c.tests}" failures="${c.failures}" errors="0" skipped="${c.skipped}"`;
}

function suite(name: string, cases: string[], counts: Counts): string {
  return [`  <testsuite name="${attr(name)}" ${countAttrs(counts)}>`, ...cases, '  </testsuite>'].join('\n');
}

function testcase(ruleId: string, f: Finding): string {
  const subject = [f.event, versionsOf(f)].filter(Boolean).join(' ');
  const name = `${subject ? `${subject}: ` : ''}${f.file ?? '(repo)'}#${f.pointer}`;
  const open = `    <testcase name="${attr(name)}" classname="evt.${attr(ruleId)}"${f.file === undefined ? '' : ` file="${attr(f.file)}"`}${f.line === undefined ? '' : ` line="${f.line}"`}>`;
  const inner = f.approved
    ? `      <skipped message="${attr(approvalOf(f))}"/>`
    : f.severity === 'info'
      ? `      <system-out>${text(details(f))}</system-out>`
      : `      <failure message="${attr(f.message)}" type="${f.severity}">${text(details(f))}</failure>`;
  return [open, inner, '    </testcase>'].join('\n');
}

function details(f: Finding): string {
  const lines = [`${locationOf(f)}: ${f.severity}: ${f.message}`, `rule: ${f.ruleId}`, `pointer: #${f.pointer}`];
  if (f.event) lines.push(`event: ${f.event}`);
  if (f.versions) lines.push(`versions: ${versionsOf(f)}`);
  if (f.hint) lines.push(`hint: ${f.hint}`);
  if (f.witness) lines.push(`${witnessLabel(f)}: ${witnessJson(f)}`);
  return lines.join('\n');
}

/** XML 1.0 forbids most C0 control characters even as references; they become U+FFFD. */
function legal(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '\ufffd');
}

function text(value: string): string {
  return legal(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Attribute values: newlines and tabs as references, or XML's attribute normalisation eats them. */
function attr(value: string): string {
  return text(value)
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');
}
