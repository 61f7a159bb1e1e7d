/**
 * The name gate of `evt new`: path safety first, then the same single-name rules `evt lint`
 * applies (src/names), with the repo's severities. A problem at severity error or warning refuses
 * the name (exit 2, a usage error: nothing in the repo is wrong yet, the input is). Stricter than
 * lint on purpose: warnings exist for names already published, and a new name is free to fix.
 * Infos are returned so the plan can mention them; rules set to `off` are ignored.
 */
import type { EvtConfig } from '../model/config.js';
import { EvtError } from '../model/errors.js';
import { checkEventName, suggestEventName } from '../names/index.js';
import { LINT_RULES } from '../rules/index.js';
import { configuredSeverity } from '../rules/severity.js';
import { assertSafeName } from './safe-input.js';

export function assertValidEventName(name: string, config: EvtConfig): string[] {
  assertSafeName(name);
  const problems = checkEventName(name, config.naming).map((p) => ({ ...p, severity: severityOf(p.ruleId, config) }));
  const errors = problems.filter((p) => p.severity === 'error' || p.severity === 'warning');
  const others = problems.filter((p) => p.severity === 'info').map((p) => `name: ${p.message} [${p.ruleId}, info]`);
  if (errors.length === 0) return others;
  const first = errors[0]!;
  const suggestion = suggestEventName(name, config.naming);
  const hint =
    suggestion && suggestion !== name
      ? `did you mean "${suggestion}"? evt new ${suggestion}`
      : (first.hint ?? 'see naming: in evt.config.yaml');
  const more =
    errors.length > 1
      ? ` (and ${errors
          .slice(1)
          .map((p) => p.ruleId)
          .join(', ')})`
      : '';
  throw new EvtError(`invalid event name: ${first.message} [${first.ruleId}]${more}`, hint);
}

function severityOf(ruleId: string, config: EvtConfig): string {
  return configuredSeverity(LINT_RULES.find((r) => r.id === ruleId)?.defaultSeverity ?? 'error', config.rules[ruleId]);
}
