// The referee's own seeded PRNG (mulberry32), not the fuzzer's or the engine's: a run is reproduced
// from its seed alone, and nothing here is shared with src/.

/** A seeded source of randomness with the few draws the generators need. */
export function createRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n) => Math.floor(next() * n);
  return {
    next,
    int,
    /** An integer in [lo, hi], both included. */
    between: (lo, hi) => lo + int(hi - lo + 1),
    chance: (p) => next() < p,
    pick: (items) => items[int(items.length)],
    /** Picks from [weight, value] pairs. */
    weighted(entries) {
      let total = 0;
      for (const [weight] of entries) total += weight;
      let roll = next() * total;
      for (const [weight, value] of entries) {
        roll -= weight;
        if (roll < 0) return value;
      }
      return entries[entries.length - 1][1];
    },
    shuffle(items) {
      const copy = [...items];
      for (let k = copy.length - 1; k > 0; k--) {
        const j = int(k + 1);
        [copy[k], copy[j]] = [copy[j], copy[k]];
      }
      return copy;
    },
  };
}
