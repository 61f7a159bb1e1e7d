/**
 * Stand-in for `checkEventName` / `suggestEventName` from src/names/parse.ts (branch `names`),
 * with the same signatures. It goes when that branch is merged; check-name.ts is the only user.
 */
import type { NamingConfig } from '../model/config.js';

export interface NameProblem {
  ruleId: string;
  message: string;
  hint?: string;
}

export function checkEventName(name: string, naming: NamingConfig): NameProblem[] {
  const problems: NameProblem[] = [];
  const segments = name.split('.');
  if (name.length > naming.maxLength) problems.push({ ruleId: 'name-pattern', message: `${JSON.stringify(name)} is longer than naming.maxLength ${naming.maxLength}` });
  else if (!new RegExp(naming.pattern).test(name)) problems.push({ ruleId: 'name-pattern', message: `${JSON.stringify(name)} does not match naming.pattern ${naming.pattern}` });
  const counted = naming.versionSegment === 'required' ? segments.length : segments.filter((s) => !/^v\d+$/.test(s)).length;
  if (counted < naming.minSegments || counted > naming.maxSegments) problems.push({ ruleId: 'name-segment-count', message: `${JSON.stringify(name)} has ${counted} segments; between ${naming.minSegments} and ${naming.maxSegments} expected` });
  return problems;
}

export function suggestEventName(input: string, naming: NamingConfig): string | undefined {
  const words = input.includes('.') ? input.split('.') : input.replace(/([a-z0-9])([A-Z])/g, '$1.$2').split('.');
  const candidate = words.map((w) => w.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase()).filter(Boolean).join('.');
  const withVersion = naming.versionSegment === 'required' && !/\.v\d+$/.test(candidate) ? `${candidate}.v1` : candidate;
  return checkEventName(withVersion, naming).length === 0 ? withVersion : undefined;
}
