/**
 * The verdict on one removal, shared by event-removed and version-removed: an error unless it was
 * deprecated first with a sunset date that has passed (then info); the message says who still
 * depends on it where the registry records it, and a rename is linked to the event that replaced it.
 */
import type { Removal, RuleFinding } from '../model/rule.js';

export function removalFinding(removal: Removal, today: string, what: string): RuleFinding {
  const { deprecation, dependents, renamedTo } = removal;
  const retired = deprecation?.sunset !== undefined && deprecation.sunset < today;
  const state = !deprecation
    ? 'without being deprecated first'
    : !deprecation.sunset
      ? 'deprecated, but without a sunset date'
      : retired
        ? `deprecated, and past its sunset (${deprecation.sunset})`
        : `deprecated, but before its sunset (${deprecation.sunset})`;
  const who = dependents.length > 0 ? `; the registry records ${dependents.join(', ')} as depending on it` : '';
  const rename =
    renamedTo.length > 0
      ? `${renamedTo.map((n) => `"${n}"`).join(', ')} was added with the same schema: a rename is a removal plus an addition, so keep publishing "${removal.event}" until its consumers move`
      : undefined;
  const retire =
    'restore it; to retire it, deprecate it first (`deprecated: true` and `x-sunset: YYYY-MM-DD` in the schema, or `deprecations:` in evt.config.yaml) and remove it after the sunset';
  return {
    event: removal.event,
    file: removal.file,
    pointer: '',
    message: `${what} was removed ${state}${who}`,
    ...(retired ? { severity: 'info' as const } : {}),
    ...(rename || !retired ? { hint: rename ?? retire } : {}),
  };
}
