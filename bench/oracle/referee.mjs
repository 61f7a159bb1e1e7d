// The referee's surface for its tests (test/oracle/); referee.d.mts types it for them.
export { grammarFeatures } from './coverage.mjs';
export { DRAFTS } from './grammar.mjs';
export { judgePair } from './judge.mjs';
export { MUTATION_KINDS } from './mutate.mjs';
export { generatePairs } from './pairs.mjs';
export { createRandom } from './random.mjs';
export { figures, scorePairs, shrinkDisagreement } from './score.mjs';
export { createValidators } from './validate.mjs';
