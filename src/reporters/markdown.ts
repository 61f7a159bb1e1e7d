/**
 * A pull-request comment: the counts, then the breaking changes (diff findings, with the witness
 * payload that proves each one), then every other finding as a table. The first line is a hidden
 * marker so a CI job can find and update its previous comment instead of adding a new one.
 */
import type { Finding } from '../model/finding.js';
import type { Report } from '../model/report.js';
import { BREAKS_TEXT, EFFECT_TEXT, isDiffFinding, locationOf, witnessLabel } from './describe.js';
import type { Reporter } from './types.js';

const MARKDOWN_MARKER = '<!-- evt-report -->';

export const renderMarkdown: Reporter = (report) => {
  const out = [MARKDOWN_MARKER, `### evt ${report.command}: ${headline(report)}`];
  if (report.findings.length > 0) out.push('', countsTable(report));
  const diff = report.findings.filter(isDiffFinding);
  const other = report.findings.filter((f) => !isDiffFinding(f));
  if (diff.length > 0) out.push('', '#### Breaking changes', ...diff.flatMap(breakingChange));
  if (other.length > 0)
    out.push('', `#### ${diff.length > 0 ? 'Other findings' : 'Findings'}`, '', findingsTable(other));
  return `${out.join('\n')}\n`;
};

function headline(report: Report): string {
  const { error, warning, info, approved } = report.summary;
  if (report.findings.length === 0) return 'no findings';
  const parts = [plural(error, 'error'), plural(warning, 'warning'), `${info} info`];
  if (approved) parts.push(`${approved} approved`);
  return parts.join(', ');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function countsTable(report: Report): string {
  const { error, warning, info, approved } = report.summary;
  return [
    '| severity | count |',
    '|---|---:|',
    `| error | ${error} |`,
    `| warning | ${warning} |`,
    `| info | ${info} |`,
    `| approved | ${approved} |`,
  ].join('\n');
}

function breakingChange(f: Finding): string[] {
  const versions = f.versions ? ` ${f.versions.from} → ${f.versions.to}` : '';
  const lines = ['', `##### \`${f.event ?? f.file ?? '(repo)'}\`${versions}: \`${f.ruleId}\``, ''];
  const traits = [
    f.approved ? '**approved**' : `**${f.severity}**`,
    f.effect && EFFECT_TEXT[f.effect],
    f.breaks && BREAKS_TEXT[f.breaks],
  ].filter(Boolean);
  lines.push(`${traits.join(' · ')}  `, `${inline(f.message)}  `, `at \`${locationOf(f)}\` \`#${f.pointer}\``);
  if (f.approved)
    lines.push('', `> approved by ${inline(f.approved.by)} until ${f.approved.expires}: ${inline(f.approved.reason)}`);
  if (f.hint) lines.push('', `hint: ${inline(f.hint)}`);
  if (f.witness) lines.push('', `${witnessLabel(f)}:`, '', ...fenced(JSON.stringify(f.witness.payload, null, 2)));
  return lines;
}

/** A ```json block whose fence is longer than any backtick run inside it (CommonMark §4.5). */
function fenced(json: string): string[] {
  const longest = Math.max(0, ...(json.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return [`${fence}json`, json, fence];
}

function findingsTable(findings: Finding[]): string {
  const rows = findings.map((f) => {
    const message = [
      inline(f.message),
      f.hint && `hint: ${inline(f.hint)}`,
      f.approved && `approved by ${inline(f.approved.by)} until ${f.approved.expires}: ${inline(f.approved.reason)}`,
    ]
      .filter(Boolean)
      .join('<br>');
    return `| ${f.approved ? 'approved' : f.severity} | \`${f.ruleId}\` | ${f.event ? `\`${f.event}\`` : ''} | \`${locationOf(f)}\` | ${message} |`;
  });
  return ['| severity | rule | event | location | message |', '|---|---|---|---|---|', ...rows].join('\n');
}

/** Text inside a paragraph or a table cell: no raw HTML, no cell breaks, no line breaks. */
function inline(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, ' ');
}
