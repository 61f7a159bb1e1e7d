import { defineRule } from '../../rules/define.js';
import { bumpLevel } from '../bump.js';

/** A new major version whose changes are all compatible makes consumers migrate for nothing. */
export const versionBumpUnneeded = defineRule({
  id: 'version-bump-unneeded',
  family: 'versions',
  scope: 'pair',
  defaultSeverity: 'info',
  docs: {
    summary: 'A new major version whose changes are all compatible under the chosen mode.',
    rationale:
      'Every major version doubles what producers emit and consumers support during migration; a compatible change can ship in place.',
    example: {
      bad: 'boat.booked v1 -> v2 only adds an optional field',
      good: 'add the optional field to v1 in place',
    },
  },
  check({ pair, kind }) {
    const [previous, current] = [pair.previous.version, pair.current.version];
    if (!previous || !current || kind === 'breaking' || bumpLevel(previous, current) !== 'major') return [];
    return [
      {
        event: pair.event,
        file: pair.current.doc.file,
        pointer: '',
        message: `${pair.event} ${previous.raw} -> ${current.raw} is a new major version, but its changes are ${kind === 'none' ? 'annotations only' : 'all compatible'}`,
        hint:
          current.format === 'integer'
            ? 'ship compatible changes in the current version'
            : `ship compatible changes in the current version, or as ${current.format === 'schemaver' ? 'an ADDITION' : 'a minor version'}`,
      },
    ];
  },
});
