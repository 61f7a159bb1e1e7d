import { defineRule } from '../../rules/define.js';

/**
 * An approval that matches no finding is dead weight at best; at worst a reviewer believes a
 * change is still covered. Its change was reverted or fixed, or changed since it was approved (a
 * fingerprint covers the subschemas at its pointer), so the new change needs its own review.
 */
export const approvalUnused = defineRule({
  id: 'approval-unused',
  family: 'approvals',
  scope: 'approvals',
  defaultSeverity: 'info',
  docs: {
    summary:
      'An approval in the approvals file matched no finding of a full evt check; evt approve --prune removes it.',
    rationale:
      'Stale approvals hide nothing today but read as accepted breaks; one whose change was edited since no longer covers it.',
    example: {
      bad: 'an approval for removing enum value "premium" after the removal was reverted',
      good: 'evt approve --prune drops it',
    },
  },
  check({ file, approvals, fingerprints }) {
    return approvals.flatMap((approval, index) => {
      if (fingerprints.has(approval.fingerprint)) return [];
      const what = [approval.rule, approval.event, approval.versions, approval.pointer && `at ${approval.pointer}`]
        .filter((part) => part)
        .join(' ');
      return [
        {
          file,
          pointer: `/approvals/${index}`,
          message: `approval ${approval.fingerprint}${what ? ` (${what})` : ''} matched no finding: its change was reverted, fixed, or changed since it was approved`,
          hint: 'remove it with evt approve --prune',
        },
      ];
    });
  },
});
