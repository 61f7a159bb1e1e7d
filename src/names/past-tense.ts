/**
 * Is a name segment a past-tense verb (an event names a fact that happened: `payment.completed`),
 * and if not, what would it be? Heuristics over English morphology plus tables; no dictionary.
 * Limits, on purpose: a regular `-ed` word is trusted without checking it is a verb, and a
 * suggestion is only offered when the word looks like a verb (see NO_SUGGESTION).
 */
import { IRREGULAR_BASE, IRREGULAR_PAST, VERB_PREFIXES } from './irregular-verbs.js';
import { splitWords } from './parse.js';

/** Particles of phrasal verbs; the verb is the word before them (`handed_off`, `logged_in`). */
export const PARTICLES = new Set(['in', 'out', 'up', 'off', 'on', 'over', 'back', 'down', 'away', 'through']);

/** Words that end in -ed and are not past tense: nouns, adjectives, and present verbs in -eed. */
const NOT_PAST_ED = new Set([
  'seed',
  'need',
  'speed',
  'feed',
  'breed',
  'deed',
  'weed',
  'reed',
  'greed',
  'steed',
  'heed',
  'proceed',
  'succeed',
  'exceed',
  'embed',
  'shred',
  'sled',
  'hundred',
  'sacred',
  'naked',
  'wicked',
  'hatred',
  'kindred',
  'seabed',
  'flatbed',
  'hotbed',
  'infrared',
]);

/** -eed words that are past tense (`agree` + `d`); every other -eed word is not. */
const PAST_EED = new Set(['agreed', 'disagreed', 'freed', 'guaranteed', 'decreed', 'refereed']);

/** Whole segments that are nouns or fused phrasal verbs, with the event-name form they stand for. */
const SEGMENT_SUGGESTIONS: Record<string, string> = {
  login: 'logged_in',
  logon: 'logged_on',
  logout: 'logged_out',
  logoff: 'logged_off',
  signin: 'signed_in',
  signup: 'signed_up',
  signout: 'signed_out',
  handoff: 'handed_off',
  checkin: 'checked_in',
  checkout: 'checked_out',
  setup: 'set_up',
  shutdown: 'shut_down',
  backup: 'backed_up',
  rollback: 'rolled_back',
  pickup: 'picked_up',
  dropoff: 'dropped_off',
  payout: 'paid_out',
  topup: 'topped_up',
  cashout: 'cashed_out',
  optin: 'opted_in',
  optout: 'opted_out',
  noshow: 'no_showed',
  lookup: 'looked_up',
  takeover: 'taken_over',
  cancel: 'cancelled',
  creation: 'created',
  deletion: 'deleted',
  completion: 'completed',
  cancellation: 'cancelled',
  approval: 'approved',
  removal: 'removed',
  renewal: 'renewed',
  arrival: 'arrived',
  refusal: 'refused',
  withdrawal: 'withdrawn',
  registration: 'registered',
  verification: 'verified',
  activation: 'activated',
  submission: 'submitted',
};

/** Multi-syllable verbs stressed on the last syllable double the final consonant (`submitted`). */
const DOUBLING = new Set([
  'submit',
  'commit',
  'admit',
  'permit',
  'omit',
  'emit',
  'transmit',
  'remit',
  'refer',
  'prefer',
  'occur',
  'recur',
  'confer',
  'defer',
  'transfer',
  'compel',
  'control',
  'patrol',
  'regret',
  'equip',
  'unzip',
  'rebel',
  'expel',
  'propel',
  'acquit',
  'embed',
  'abet',
  'format',
]);

/** Words evt cannot turn into a verb with confidence: state adjectives, particles, noun suffixes. */
const NO_SUGGESTION = new Set([
  'pending',
  'ongoing',
  'outstanding',
  'active',
  'inactive',
  'status',
  'state',
  'data',
  'info',
  'event',
  'thing',
  'string',
  'spring',
  'morning',
  'evening',
  'ceiling',
  'wedding',
  'bed',
  'red',
  'hundred',
  'sacred',
  'naked',
  'wicked',
  'hatred',
  'kindred',
  ...PARTICLES,
]);
/** Noun endings, after 3+ letters (`ship` alone is a verb, `membership` is not). */
const NOUN_SUFFIX = /^.{3,}(?:tion|sion|ment|ness|ity|ance|ence|ship|hood|ism|ics|ous|ful|ory)$/;
/** -ment words that are verbs too (`counter.incremented`). */
const MENT_VERBS = new Set([
  'implement',
  'comment',
  'document',
  'increment',
  'decrement',
  'augment',
  'segment',
  'supplement',
]);

/** Splits a segment into its words, the verb word's index, and trailing particles. */
function verbWord(segment: string): { words: string[]; index: number } {
  const words = splitWords(segment);
  let index = words.length - 1;
  while (index > 0 && PARTICLES.has(words[index]!)) index--;
  return { words, index };
}

/**
 * True when the segment names something that happened. Compound segments are judged by their
 * verb word (`handed_off`, `no_showed`, `kyc_verified`), wherever it sits (`closed_by_user`);
 * `allow` (config `pastTenseAllow`) accepts whole segments or words as they are.
 */
export function isPastTense(segment: string, allow: readonly string[] = NO_ALLOW): boolean {
  let judged = verdictsByAllow.get(allow);
  if (!judged) verdictsByAllow.set(allow, (judged = new Map()));
  return remembered(judged, segment, () => judgePastTense(segment, allow));
}

/**
 * Verdicts and suggestions per segment: ten thousand names share a few hundred verbs, and the name
 * rules ask about each name (~0.05 s at 10,000 events without them, on the thread that runs the
 * rules over the whole repo). Verdicts are kept per `pastTenseAllow` array, which a run's config
 * holds once.
 */
const verdictsByAllow = new WeakMap<readonly string[], Map<string, boolean>>();
const suggestions = new Map<string, string | undefined>();
const NO_ALLOW: readonly string[] = [];
/** A long-lived process (a library caller, a test run) meets new segments without end: past this, start over. */
const MAX_REMEMBERED = 100_000;

function remembered<T>(known: Map<string, T>, segment: string, compute: () => T): T {
  if (known.has(segment)) return known.get(segment) as T;
  if (known.size >= MAX_REMEMBERED) known.clear();
  const value = compute();
  known.set(segment, value);
  return value;
}

function judgePastTense(segment: string, allow: readonly string[]): boolean {
  const lower = segment.toLowerCase();
  const allowed = new Set(allow.map((w) => w.toLowerCase()));
  if (allowed.has(lower)) return true;
  const { words, index } = verbWord(segment);
  const word = words[index];
  if (word !== undefined && (allowed.has(word) || isPastWord(word))) return true;
  // the verb may sit inside a multi-word segment, before what it acts on: `closed_by_user`,
  // `added_to_repository`, `converted_to_draft`, `requested_action`
  return words.length > 1 && words.some((w) => !PARTICLES.has(w) && (allowed.has(w) || isPastWord(w)));
}

/** One lower-case word. */
function isPastWord(word: string): boolean {
  if (IRREGULAR_BASE.has(word) || isPrefixedIrregular(word)) return true;
  if (NOT_PAST_ED.has(word) || !word.endsWith('ed')) return false;
  if (word.endsWith('eed')) return PAST_EED.has(word);
  // `fed` and `led` are irregular (above); a regular past needs a stem of 2+ letters, so `bed` and `red` are not
  return word.length >= 4;
}

function isPrefixedIrregular(word: string): boolean {
  return VERB_PREFIXES.some(
    (p) => word.startsWith(p) && word.length - p.length >= 3 && IRREGULAR_BASE.has(word.slice(p.length)),
  );
}

/**
 * The past-tense form of a present/base segment, in snake_case, or undefined when evt cannot
 * tell what verb the segment stands for. `login` -> `logged_in`, `submit` -> `submitted`,
 * `pay` -> `paid`, `sign_up` -> `signed_up`, `refunding` -> `refunded`.
 */
export function suggestPastTense(segment: string): string | undefined {
  return remembered(suggestions, segment, () => suggestFor(segment));
}

function suggestFor(segment: string): string | undefined {
  const { words, index } = verbWord(segment);
  const whole = words.join('');
  // own keys only: a segment named `constructor` must not find Object.prototype.constructor
  if (Object.hasOwn(SEGMENT_SUGGESTIONS, whole)) return SEGMENT_SUGGESTIONS[whole];
  const word = words[index];
  if (word === undefined || !/^[a-z]{2,}$/.test(word)) return undefined;
  const past = pastOfWord(word);
  return past === undefined ? undefined : [...words.slice(0, index), past, ...words.slice(index + 1)].join('_');
}

function pastOfWord(word: string): string | undefined {
  if (Object.hasOwn(SEGMENT_SUGGESTIONS, word)) return SEGMENT_SUGGESTIONS[word];
  if (NO_SUGGESTION.has(word) || (NOUN_SUFFIX.test(word) && !MENT_VERBS.has(word))) return undefined;
  if (word.endsWith('ing') && word.length >= 6) return pastOfIng(word.slice(0, -3));
  return irregularPast(word) ?? regularPast(word);
}

function irregularPast(word: string): string | undefined {
  if (IRREGULAR_PAST.has(word)) return IRREGULAR_PAST.get(word);
  const prefix = VERB_PREFIXES.find(
    (p) => word.startsWith(p) && IRREGULAR_PAST.has(word.slice(p.length)) && word.length - p.length >= 2,
  );
  return prefix === undefined ? undefined : prefix + IRREGULAR_PAST.get(word.slice(prefix.length))!;
}

/** `-ing` forms: the stem already carries doubling (`shipp`) or a dropped `e` (`creat`). */
function pastOfIng(stem: string): string {
  const undoubled = /([b-df-hj-np-tv-z])\1$/.test(stem) ? stem.slice(0, -1) : stem;
  for (const base of [stem, `${stem}e`, undoubled]) {
    const irregular = irregularPast(base);
    if (irregular !== undefined) return irregular;
  }
  return /[^aeiou]y$/.test(stem) ? `${stem.slice(0, -1)}ied` : `${stem}ed`;
}

/** English spelling rules for `-ed`. */
function regularPast(word: string): string {
  if (word.endsWith('e')) return `${word}d`;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ied`;
  if (word.endsWith('ic')) return `${word}ked`;
  return doublesFinalConsonant(word) ? `${word}${word.at(-1)}ed` : `${word}ed`;
}

/**
 * One-syllable consonant-vowel-consonant words double the consonant (stop -> stopped), also after
 * re-/un-/pre- (unpinned); longer words only when stressed on the last syllable, which spelling
 * cannot show: DOUBLING lists the common ones.
 */
function doublesFinalConsonant(word: string): boolean {
  const core = /^(?:re|un|pre)(.{3,})$/.exec(word)?.[1];
  const cvc = (w: string): boolean => /^[^aeiou]*[aeiou][b-df-hj-np-tvz]$/.test(w);
  return DOUBLING.has(word) || cvc(word) || (core !== undefined && (DOUBLING.has(core) || cvc(core)));
}
