/**
 * GitHub Actions workflow commands: one annotation per finding, shown on the PR diff
 * (https://docs.github.com/actions/reference/workflow-commands-for-github-actions).
 * `::error file=F,line=L,col=C,title=RULE::MESSAGE`; warning -> `::warning`, info and approved
 * findings -> `::notice` (they do not fail the run). Escaping follows @actions/core's
 * command.ts: data escapes `%`, CR and LF; property values also `:` and `,`.
 */
import type { Finding } from '../model/finding.js';
import { approvalOf, versionsOf, witnessJson, witnessLabel } from './describe.js';
import type { Reporter } from './types.js';

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

export const renderGithub: Reporter = (report) => {
  const lines = report.findings.map(annotation);
  const { error, warning, info, approved } = report.summary;
  lines.push(`evt ${report.command}: ${error} error(s), ${warning} warning(s), ${info} info, ${approved} approved`);
  return `${lines.join('\n')}\n`;
};

function annotation(f: Finding): string {
  const command = f.approved ? 'notice' : COMMAND[f.severity];
  const props: Array<[string, string | number | undefined]> = [
    ['file', f.file],
    ['line', f.file === undefined ? undefined : f.line],
    ['col', f.file === undefined ? undefined : f.column],
    ['title', f.approved ? `${f.ruleId} (approved)` : f.ruleId],
  ];
  const properties = props.filter(([, v]) => v !== undefined).map(([k, v]) => `${k}=${escapeProperty(String(v))}`);
  return `::${command} ${properties.join(',')}::${escapeData(messageOf(f))}`;
}

function messageOf(f: Finding): string {
  const head = [f.event, versionsOf(f)].filter(Boolean).join(' ');
  const lines = [`${head ? `${head}: ` : ''}${f.message}`];
  if (f.approved) lines.push(approvalOf(f));
  if (f.hint) lines.push(`hint: ${f.hint}`);
  if (f.witness) lines.push(`${witnessLabel(f)}: ${witnessJson(f)}`);
  lines.push(`pointer: #${f.pointer}`);
  return lines.join('\n');
}

/** @internal Exported for test/reporters/reporters.test.ts: the workflow-command escapes. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** @internal Exported for test/reporters/reporters.test.ts: the workflow-command escapes. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
