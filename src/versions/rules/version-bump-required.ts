import { defineRule } from '../../rules/define.js';
import { atLeast, bumpLevel, levelName, neededLevel } from '../bump.js';

/** A breaking change needs a new major version (semver MAJOR, SchemaVer MODEL), an additive one at least a minor. */
export const versionBumpRequired = defineRule({
  id: 'version-bump-required',
  family: 'versions',
  scope: 'pair',
  defaultSeverity: 'error',
  docs: {
    summary: 'A version step is at least as big as its changes need (breaking -> major, additive -> minor).',
    rationale:
      'Consumers pin major versions; a breaking change published as a minor or patch reaches consumers that cannot read it.',
    example: { bad: 'invoice.issued 1.0.0 -> 1.1.0 removes a required field', good: 'invoice.issued 1.0.0 -> 2.0.0' },
  },
  check({ pair, kind }) {
    const [previous, current] = [pair.previous.version, pair.current.version];
    if (!previous || !current || (pair.origin === 'git' && previous.raw === current.raw)) return [];
    const actual = bumpLevel(previous, current);
    const needed = neededLevel(kind, current.format);
    if (atLeast(actual, needed) || kind === 'none') return [];
    const name = (level: typeof needed) => levelName(level, current.format);
    return [
      {
        event: pair.event,
        file: pair.current.doc.file,
        pointer: '',
        message: `${pair.event} ${previous.raw} -> ${current.raw} is ${article(name(actual))} step but its changes are ${kind}: they need a ${name(needed)} version`,
        hint:
          kind === 'breaking'
            ? 'publish the change as a new major version beside the old one, or make it compatible'
            : `bump the ${name(needed)} part`,
      },
    ];
  },
});

function article(word: string): string {
  return /^[aeiouAEIOU]/.test(word) ? `an ${word}` : `a ${word}`;
}
