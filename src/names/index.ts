/** Event-name parsing, checks and suggestions: the naming half of `evt lint`, reused by `evt new`. */
export { checkEventName } from './check.js';
export { splitName, splitWords, isVersionSegment, toCase, type NameProblem } from './parse.js';
export { isPastTense, suggestPastTense } from './past-tense.js';
export { nearDuplicateKind } from './similar.js';
export { suggestEventName } from './suggest.js';
export { nameTargets, type NameTarget } from './targets.js';
