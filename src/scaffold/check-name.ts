/**
 * The name gate of `evt new`: path safety first, then the same naming rules `evt lint` applies.
 * An invalid name is a usage error (exit 2): nothing in the repo is wrong yet, the input is.
 */
import type { NamingConfig } from '../model/config.js';
import { EvtError } from '../model/errors.js';
import { checkEventName, suggestEventName } from './name-rules-fallback.js';
import { assertSafeName } from './safe-input.js';

export function assertValidEventName(name: string, naming: NamingConfig): void {
  assertSafeName(name);
  const problems = checkEventName(name, naming);
  if (problems.length === 0) return;
  const first = problems[0]!;
  const suggestion = suggestEventName(name, naming);
  const hint = suggestion && suggestion !== name ? `did you mean "${suggestion}"? (evt new ${suggestion})` : first.hint ?? 'see naming: in evt.config.yaml';
  const more = problems.length > 1 ? ` (+${problems.length - 1} more: ${problems.slice(1).map((p) => p.ruleId).join(', ')})` : '';
  throw new EvtError(`invalid event name ${JSON.stringify(name)}: ${first.message} [${first.ruleId}]${more}`, hint);
}
