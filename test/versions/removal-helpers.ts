/**
 * Deleting events and versions in a temp git repo built from a fixture layout, as a team would:
 * the schema file, and the name in the registry and the union where the layout has them.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Finding } from '../../src/model/finding.js';
import { evt } from '../helpers/cli.js';
import { editJson, git } from '../helpers/git.js';

export const REGISTRY = 'contracts/event-types-registry.json';
const UNION = 'src/event-types.ts';

/** Deletes `file`, and `event` from the registry and union when the repo has them. */
export function deleteEvent(dir: string, file: string, event: string): void {
  fs.rmSync(path.join(dir, file));
  if (fs.existsSync(path.join(dir, REGISTRY)))
    editJson(path.join(dir, REGISTRY), (r) => {
      delete r.event_types[event];
    });
  if (fs.existsSync(path.join(dir, UNION))) {
    const union = fs.readFileSync(path.join(dir, UNION), 'utf8');
    fs.writeFileSync(path.join(dir, UNION), union.replaceAll(`\n  | '${event}'`, '').replaceAll(`'${event}', `, ''));
  }
}

export function commitAll(dir: string, message: string): void {
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', message);
}

/** `evt check --against HEAD` on a fixed day, as JSON. */
export async function checkAgainstHead(dir: string, extra: string[] = []) {
  const result = await evt(['check', dir, '--against', 'HEAD', '--format', 'json', ...extra], undefined, {
    EVT_TODAY: '2026-11-23',
  });
  const findings = (JSON.parse(result.stdout || '{"findings":[]}').findings ?? []) as Finding[];
  return { code: result.code, stderr: result.stderr, findings };
}

export const rowsOf = (findings: Finding[], ...ids: string[]) =>
  findings
    .filter((f) => ids.length === 0 || ids.includes(f.ruleId))
    .map((f) => `${f.severity} ${f.ruleId} ${f.event ?? '-'} ${f.file ?? '-'}: ${f.message}`);
