/**
 * A pull-request comment: the counts, then the breaking changes (diff findings, with the witness
 * payload that proves each one), then every other finding as a table. The first line is a hidden
 * marker so a CI job can find and update its previous comment instead of adding a new one.
 */
import type { Finding } from '../model/finding.js';
import type { Report } from '../model/report.js';
import { BREAKS_TEXT, EFFECT_TEXT, isDiffFinding, locationOf, witnessJson, witnessLabel } from './describe.js';
import { appendAll, maxOf } from '../util/append.js';
import type { Reporter } from './types.js';

const MARKDOWN_MARKER = '<!-- evt-report -->';

export const renderMarkdown: Reporter = (report) => {
  const out = [MARKDOWN_MARKER, `### evt ${report.command}: ${headline(report)}`];
  if (report.findings.length > 0) out.push('', countsTable(report));
  const diff = report.findings.filter(isDiffFinding);
  const other = report.findings.filter((f) => !isDiffFinding(f));
  if (diff.length > 0) appendAll(out, ['', '#### Breaking changes', ...diff.flatMap(breakingChange)]);
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
  const lines = ['', `##### ${code(f.event ?? f.file ?? '(repo)')}${inline(versions)}: ${code(f.ruleId)}`, ''];
  const traits = [
    f.approved ? '**approved**' : `**${f.severity}**`,
    f.effect && EFFECT_TEXT[f.effect],
    f.breaks && BREAKS_TEXT[f.breaks],
  ].filter(Boolean);
  lines.push(`${traits.join(' · ')}  `, `${inline(f.message)}  `, `at ${code(locationOf(f))} ${code(`#${f.pointer}`)}`);
  if (f.approved)
    lines.push('', `> approved by ${inline(f.approved.by)} until ${f.approved.expires}: ${inline(f.approved.reason)}`);
  if (f.hint) lines.push('', `hint: ${inline(f.hint)}`);
  if (f.witness) lines.push('', `${witnessLabel(f)}:`, '', ...fenced(witnessJson(f, 2)));
  return lines;
}

/** A ```json block whose fence is longer than any backtick run inside it (CommonMark §4.5). */
function fenced(json: string): string[] {
  const longest = maxOf(
    (json.match(/`+/g) ?? []).map((run) => run.length),
    0,
  );
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
    const event = f.event ? code(f.event, 'cell') : '';
    return `| ${f.approved ? 'approved' : f.severity} | ${code(f.ruleId, 'cell')} | ${event} | ${code(locationOf(f), 'cell')} | ${message} |`;
  });
  return ['| severity | rule | event | location | message |', '|---|---|---|---|---|', ...rows].join('\n');
}

/**
 * Repo text inside a paragraph or a table cell, shown as written: every character that could open
 * a Markdown construct (emphasis, link, image, raw HTML, entity, code span, cell break) is
 * backslash-escaped (CommonMark §2.4 escapes any ASCII punctuation). Line breaks are already
 * visible escapes (forDisplay), so no text can start a heading or a new block.
 */
function inline(text: string): string {
  return text.replace(/[\\`*_[\]<>#|~!&]/g, '\\$&');
}

/**
 * A code span whose fence is longer than any backtick run inside it (CommonMark §6.1), padded
 * when the text starts or ends with a backtick. In a table cell `|` still ends the cell, even in a
 * code span, unless escaped (GFM §4.10).
 */
function code(text: string, where: 'cell' | 'text' = 'text'): string {
  const longest = maxOf(
    (text.match(/`+/g) ?? []).map((run) => run.length),
    0,
  );
  const fence = '`'.repeat(longest + 1);
  const body = where === 'cell' ? text.replace(/\|/g, '\\|') : text;
  const pad = body.startsWith('`') || body.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${body}${pad}${fence}`;
}
