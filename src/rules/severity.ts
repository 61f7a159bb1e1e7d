import type { Severity, SeveritySetting } from '../model/finding.js';

/**
 * The one place config meets a rule's severity, for every family: a setting under config `rules`
 * wins over the rule's own (its default, or what policy computed for a diff change); `off`
 * silences the rule.
 */
export function configuredSeverity(own: Severity, configured: SeveritySetting | undefined): SeveritySetting {
  return configured ?? own;
}
