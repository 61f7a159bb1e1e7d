/**
 * defineRule: every rule module's one export. It returns the rule as written, after checking that
 * the family it declares is the one its id says (`familyOf`), so a misplaced or misnamed rule fails
 * when its module loads, not in a reader's head.
 */
import type { Rule } from '../model/rule.js';
import { familyOf } from './family.js';

export function defineRule<R extends Rule>(rule: R): R {
  const family = familyOf(rule.id);
  if (rule.family !== family)
    throw new Error(`rule ${rule.id} says family "${rule.family}", but its id puts it in "${family}"`);
  return rule;
}
