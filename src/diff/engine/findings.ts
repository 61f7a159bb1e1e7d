import type { CompatibilityMode, ContentPolicy } from '../../model/config.js';
import type { Finding, SeveritySetting } from '../../model/finding.js';
import { breakDirection, explainBreak, severityOf } from '../../policy/severity.js';
import type { JsonSchema } from './json.js';
import type { DiffChange } from './pair.js';
import { buildWitness, witnessContext } from '../witness/witness.js';

export interface DiffDocumentsOptions {
  mode: CompatibilityMode;
  /** No default here: a run's defaults are resolved once (DEFAULT_COMPATIBILITY, src/pipeline/request.ts). */
  policy: ContentPolicy;
  /** Per-rule severity overrides (config `rules`). */
  rules?: Record<string, SeveritySetting>;
  versions?: { from: string; to: string };
  event?: string;
  file?: string;
  /** Attach verified witnesses to breaking findings (default true; costs one ajv compile per schema). */
  witnesses?: boolean;
}

/** Turns classified changes into findings: severity from policy, who breaks, verified witnesses. */
export function toFindings(
  changes: readonly DiffChange[],
  oldDoc: JsonSchema,
  newDoc: JsonSchema,
  options: DiffDocumentsOptions,
): Finding[] {
  let context: ReturnType<typeof witnessContext> | undefined;
  const findings: Finding[] = [];
  for (const change of changes) {
    const severity = severityOf({
      mode: options.mode,
      effect: change.effect,
      additiveByConvention: change.additiveByConvention,
      override: options.rules?.[change.ruleId],
    });
    if (severity === 'off') continue;
    const breaks = breakDirection(options.mode, change.effect);
    const finding: Finding = {
      ruleId: change.ruleId,
      severity,
      pointer: change.pointer,
      message: breaks ? `${capitalise(change.message)}. ${explainBreak(breaks)}` : `${capitalise(change.message)}.`,
      effect: change.effect,
      ...(options.event ? { event: options.event } : {}),
      ...(options.file ? { file: options.file } : {}),
      ...(options.versions ? { versions: options.versions } : {}),
      ...(breaks ? { breaks } : {}),
    };
    if (breaks && options.witnesses !== false) {
      context ??= witnessContext(oldDoc, newDoc);
      const witness = buildWitness(change, context, breaks);
      if (witness) finding.witness = witness;
    }
    findings.push(finding);
  }
  return findings;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
