import { defineRule } from '../../rules/define.js';
import { formatVersion } from '../../repo/versions.js';
import { mergeBreaks, migrationHint } from '../migration.js';
import { stepMayBreak } from '../step.js';

/** How many changes the message names before "and N more". */
const NAMED = 3;

/**
 * A breaking change in a new major version is what that version is for (COMPATIBILITY.md, "Versions
 * decide whether a break is allowed"): reported once per pair, with a witness and how to migrate,
 * instead of failing the build on every change the new version was made to carry.
 */
export const versionMajorChange = defineRule({
  id: 'version-major-change',
  family: 'versions',
  scope: 'pair',
  defaultSeverity: 'info',
  docs: {
    summary:
      'A new major version (integer step, semver major, SchemaVer MODEL) carries breaking changes: the expected major change, with a witness and the migration order.',
    rationale:
      'A major step exists to carry breaks; consumers still need to know who breaks and in which order producers and consumers upgrade while both versions are kept.',
    example: {
      bad: 'credit.released-v2.json adds a required reason_code, published as v2 with v1 deleted',
      good: 'v2 beside v1; consumers read both, producers switch, v1 is retired after its sunset',
    },
  },
  check({ pair, kind, changes = [], versionField }) {
    if (kind !== 'breaking' || !stepMayBreak(pair)) return [];
    const breaking = changes.filter((f) => f.breaks !== undefined && f.severity !== 'info');
    const breaks = mergeBreaks(breaking.map((f) => f.breaks));
    if (!breaks) return [];
    const [from, to] = [formatVersion(pair.previous.version), formatVersion(pair.current.version)];
    const named = breaking.slice(0, NAMED).map((f) => `${f.ruleId} at ${f.pointer || '#'}`);
    const more = breaking.length > NAMED ? ` and ${breaking.length - NAMED} more` : '';
    const witness = breaking.find((f) => f.witness)?.witness;
    return [
      {
        event: pair.event,
        file: pair.current.doc.file,
        pointer: '',
        message: `${pair.event} ${from} -> ${to} is a new major version carrying breaking changes, as expected: ${named.join(', ')}${more}`,
        hint: migrationHint(from, to, breaks, versionField),
        breaks,
        ...(witness ? { witness } : {}),
      },
    ];
  },
});
