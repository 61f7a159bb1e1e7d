import type { Finding } from '../../src/model/finding.js';

/** The (ruleId, file, pointer) triples tests compare, sorted, so cross-talk between rules shows. */
export function triples(findings: Finding[]): string[] {
  return findings.map((f) => `${f.ruleId} ${f.file ?? '-'} ${f.pointer === '' ? '#' : f.pointer}`).sort();
}
