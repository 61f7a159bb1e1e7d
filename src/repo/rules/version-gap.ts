import type { RuleFinding } from '../../model/rule.js';
import { defineRule } from '../../rules/define.js';

/** Integer versions are consecutive: v1, v3 without v2 is a gap. */
export const versionGap = defineRule({
  id: 'version-gap',
  family: 'repo',
  scope: 'repo',
  defaultSeverity: 'error',
  docs: {
    summary: 'Integer schema versions of an event have no gaps (v1, v3 without v2).',
    rationale:
      'A missing version is usually a file lost in a rename; consumers pinned to it cannot validate, and diffs skip a step.',
    example: {
      bad: 'credit.released-v1.json, credit.released-v3.json',
      good: 'credit.released-v1.json, -v2.json, -v3.json',
    },
  },
  check(repo) {
    const findings: RuleFinding[] = [];
    for (const event of repo.events) {
      const numbers = event.versions.filter((v) => v.version?.format === 'integer').map((v) => v.version!.parts[0]!);
      for (let i = 1; i < numbers.length; i++) {
        if (numbers[i]! - numbers[i - 1]! <= 1) continue;
        const v = event.versions[i]!;
        const missing = Array.from(
          { length: numbers[i]! - numbers[i - 1]! - 1 },
          (_, k) => `v${numbers[i - 1]! + k + 1}`,
        );
        findings.push({
          event: event.name,
          file: v.doc.file,
          pointer: '',
          message: `"${event.name}" jumps from v${numbers[i - 1]} to v${numbers[i]}: ${missing.join(', ')} missing`,
        });
      }
    }
    return findings;
  },
});
