/**
 * Human output: findings grouped by file, each with position, severity, message, rule id and
 * pointer. The only place colour lives.
 */
import { Chalk } from 'chalk';
import type { Finding } from '../model/finding.js';
import type { Report } from '../model/report.js';
import { witnessJson } from './describe.js';
import type { Reporter } from './types.js';

export const renderText: Reporter = (report, options) => {
  const paint = new Chalk({ level: options.color ? 1 : 0 });
  const lines: string[] = [];
  for (const [file, findings] of groupByFile(report.findings)) {
    lines.push(paint.underline(file || '(repo)'));
    for (const f of findings) lines.push(formatFinding(f, paint));
    lines.push('');
  }
  lines.push(formatSummary(report, paint));
  return `${lines.join('\n')}\n`;
};

function groupByFile(findings: Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const group = groups.get(f.file ?? '');
    if (group) group.push(f);
    else groups.set(f.file ?? '', [f]);
  }
  return groups;
}

function formatFinding(f: Finding, paint: InstanceType<typeof Chalk>): string {
  const position = f.line ? `${f.line}:${f.column ?? 1}` : '';
  const severity = f.approved
    ? paint.gray('approved')
    : { error: paint.red, warning: paint.yellow, info: paint.blue }[f.severity](f.severity);
  const versions = f.versions ? ` [${f.versions.from} -> ${f.versions.to}]` : '';
  const pointer = `#${f.pointer}`;
  const parts = [
    `  ${position.padEnd(7)} ${severity.padEnd(options7(severity))} ${f.message}${versions}  ${paint.gray(f.ruleId)}  ${paint.gray(pointer)}`,
  ];
  if (f.hint) parts.push(`          ${paint.cyan('hint:')} ${f.hint}`);
  if (f.witness)
    parts.push(`          ${paint.cyan(`witness (accepted by ${f.witness.acceptedBy} only):`)} ${witnessJson(f)}`);
  return parts.join('\n');
}

/** Pad the severity column to the visible width of "warning" whatever the colour codes add. */
function options7(painted: string): number {
  return 7 + painted.length - stripAnsi(painted).length;
}

function stripAnsi(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;]*m/g, '');
}

function formatSummary(report: Report, paint: InstanceType<typeof Chalk>): string {
  const { error, warning, info, approved } = report.summary;
  if (error + warning + info + approved === 0) return paint.green('no findings');
  const parts = [
    `${error} error${error === 1 ? '' : 's'}`,
    `${warning} warning${warning === 1 ? '' : 's'}`,
    `${info} info`,
  ];
  if (approved) parts.push(`${approved} approved`);
  return (error ? paint.red : warning ? paint.yellow : paint.blue)(parts.join(', '));
}
