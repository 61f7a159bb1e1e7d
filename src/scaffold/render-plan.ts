/**
 * renderPlan: the plan as text. The dry run prints every file with a unified diff; a real run
 * prints one line per file. Notes (what to do next) follow in both.
 */
import type { ScaffoldPlan } from './plan.js';
import { unifiedDiff } from './unified-diff.js';

export function renderPlan(plan: ScaffoldPlan, options: { dryRun: boolean }): string {
  if (plan.files.length === 0) return `nothing to do: ${describeTarget(plan)} is already scaffolded\n`;
  const lines: string[] = [];
  if (options.dryRun)
    lines.push(
      `dry run: evt new would ${plan.action === 'new-event' ? 'add' : 'start'} ${describeTarget(plan)} (nothing written)`,
    );
  for (const file of plan.files) {
    const verb = file.before === null ? (options.dryRun ? 'create' : 'created') : options.dryRun ? 'change' : 'changed';
    lines.push(`${verb} ${file.path}`);
  }
  let text = `${lines.join('\n')}\n`;
  if (options.dryRun) for (const file of plan.files) text += `\n${unifiedDiff(file.path, file.before, file.after)}`;
  if (plan.notes.length) text += `\nnext:\n${plan.notes.map((n) => `  - ${n}\n`).join('')}`;
  return text;
}

function describeTarget(plan: ScaffoldPlan): string {
  if (plan.action === 'new-event' || plan.version === undefined || plan.event.endsWith(`.v${plan.version}`))
    return plan.event;
  return `${plan.event} ${/^\d+$/.test(plan.version) ? `v${plan.version}` : plan.version}`;
}
