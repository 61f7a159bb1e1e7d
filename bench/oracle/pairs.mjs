// Seeded schema pairs: pair k of seed s is the same on every machine and in every run, and its own
// judge randomness is derived from (s, k), so one pair can be re-judged alone.
import { DRAFTS, generateSchema } from './grammar.mjs';
import { mutateSchema } from './mutate.mjs';
import { createRandom } from './random.mjs';

/** `count` pairs {id, draft, old, new, mutations} from `seed`. */
export function generatePairs({ seed, count }) {
  const pairs = [];
  for (let index = 0; index < count; index++) pairs.push(generatePair(seed, index));
  return pairs;
}

function generatePair(seed, index) {
  const random = createRandom(pairSeed(seed, index));
  const draft = random.pick(DRAFTS);
  const old = generateSchema(random, draft);
  const { schema, mutations } = mutateSchema(random, old, draft);
  return { id: `s${seed}-${index}`, draft, old, new: schema, mutations };
}

/** The judge's seed for one pair, apart from the generator's stream. */
export function pairSeed(seed, index) {
  return (Math.imul(seed + 1, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b)) >>> 0;
}
