/**
 * Severity is computed, never hard-coded in a rule (ARCHITECTURE.md §8): a diff rule says what a
 * change does to the accepted set; this table turns effect x compatibility mode x overrides into
 * error / warning / info. Directions follow COMPATIBILITY.md: backward breaks on narrowing (new
 * consumers reading old events), forward on widening (old consumers reading new events).
 */
import type { CompatibilityMode } from '../model/config.js';
import type { BreakDirection, Effect, Severity, SeveritySetting } from '../model/finding.js';
import { configuredSeverity } from '../rules/severity.js';

export interface SeverityInput {
  mode: CompatibilityMode;
  effect: Effect;
  /** New enum values / union branches: widening that is additive by convention. */
  additiveByConvention?: boolean;
  /** Per-rule setting from config `rules`, if any. */
  override?: SeveritySetting;
}

/** Who breaks under `mode`, or undefined when nobody does. */
export function breakDirection(mode: CompatibilityMode, effect: Effect): BreakDirection | undefined {
  const backward = (mode === 'backward' || mode === 'full') && (effect === 'narrows' || effect === 'both');
  const forward = (mode === 'forward' || mode === 'full') && (effect === 'widens' || effect === 'both');
  if (backward && forward) return 'both';
  if (backward) return 'new-consumers';
  if (forward) return 'old-consumers';
  return undefined;
}

/** The severity of one change, or 'off' when config silences its rule. */
export function severityOf(input: SeverityInput): SeveritySetting {
  return configuredSeverity(computedSeverity(input), input.override);
}

function computedSeverity(input: SeverityInput): Severity {
  const breaks = breakDirection(input.mode, input.effect);
  if (!breaks) return 'info';
  // Enum values and union branches are widening "by convention additive": warn, do not fail,
  // unless the same change also breaks new consumers.
  if (input.additiveByConvention && breaks === 'old-consumers') return 'warning';
  return 'error';
}

/** One sentence saying who breaks and what to do about it. */
export function explainBreak(breaks: BreakDirection): string {
  const old =
    'Old consumers (still on the previous schema) that validate will reject events written under the new one (forward)';
  const neu =
    'New consumers will reject events written under the previous schema such as replays and queued events (backward)';
  const fixOld = 'upgrade consumers before producers, or keep the old shape accepted';
  // no advice about versions here: whether a new version is the fix depends on the layout and the
  // step, which the version rules judge (src/versions/rules/)
  const fixNew = 'keep accepting the old shape (make the field optional, add a branch, relax the bound)';
  if (breaks === 'both') return `${neu}; and ${old.charAt(0).toLowerCase()}${old.slice(1)}: ${fixNew}.`;
  if (breaks === 'old-consumers') return `${old}: ${fixOld}.`;
  return `${neu}: ${fixNew}.`;
}
