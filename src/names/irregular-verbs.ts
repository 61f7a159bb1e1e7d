/**
 * Common English irregular verbs as `base past participle [other past forms]`. The participle comes
 * first because it is what an event name wants (`listing.withdrawn`, not `listing.withdrew`);
 * simple-past forms are accepted too. Not exhaustive: the verbs event names actually use, plus
 * the ones whose past looks nothing like `-ed`. `pastTenseAllow` covers the rest.
 */
const TABLE = `
arise arisen arose|bear borne bore|beat beaten|become become became|begin begun began|bend bent
bet bet|bind bound|bite bitten bit|bleed bled|blow blown blew|break broken broke|breed bred
bring brought|broadcast broadcast|build built|burn burnt burned|burst burst|buy bought|cast cast
catch caught|choose chosen chose|cost cost|cut cut|deal dealt|dig dug|do done did
draw drawn drew|dream dreamt dreamed|drink drunk drank|drive driven drove|eat eaten ate|fall fallen fell
feed fed|feel felt|fight fought|find found|flee fled|fly flown flew|forbid forbidden forbade
forecast forecast|forget forgotten forgot|forgive forgiven forgave|freeze frozen froze|get gotten got
give given gave|go gone went|grind ground|grow grown grew|hang hung|hear heard|hide hidden hid|hit hit
hold held|hurt hurt|keep kept|know known knew|lay laid|lead led|learn learnt learned|leave left|lend lent
let let|light lit|lose lost|make made|mean meant|meet met|pay paid|prove proven proved|put put|quit quit
read read|rid rid|ride ridden rode|ring rung rang|rise risen rose|run run ran|say said|see seen saw
seek sought|sell sold|send sent|set set|sew sewn|shake shaken shook|shed shed|shoot shot|show shown showed
shrink shrunk shrank|shut shut|sing sung sang|sink sunk sank|sit sat|sleep slept|slide slid|speak spoken spoke
speed sped|spell spelt spelled|spend spent|spin spun|split split|spread spread|stand stood|steal stolen stole
stick stuck|strike struck|swear sworn swore|swim swum swam|swing swung|take taken took|teach taught
tear torn tore|tell told|think thought|throw thrown threw|understand understood|wake woken woke
wear worn wore|win won|wind wound|withdraw withdrawn withdrew|withhold withheld|write written wrote
`;

/** base -> past participle */
export const IRREGULAR_PAST = new Map<string, string>();
/** every irregular past form (participle and simple past) -> base */
export const IRREGULAR_BASE = new Map<string, string>();

for (const entry of TABLE.split(/[|\n]/)
  .map((e) => e.trim())
  .filter(Boolean)) {
  const [base, participle, ...others] = entry.split(' ') as [string, string, ...string[]];
  IRREGULAR_PAST.set(base, participle);
  for (const form of [participle, ...others]) if (!IRREGULAR_BASE.has(form)) IRREGULAR_BASE.set(form, base);
}

/**
 * Prefixes that keep a verb irregular: `prepaid`, `rebuilt`, `undone`, `oversold`, `misled`.
 * Tried only when the rest is itself an irregular form, so `red` (re + d) stays a colour; `out`,
 * `up` and `co` are left out because `output`, `outcome` and `comet` are not verbs.
 */
export const VERB_PREFIXES = ['re', 'pre', 'un', 'over', 'under', 'mis'];
