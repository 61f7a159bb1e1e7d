// A sampler of strings a regex accepts, written for the referee alone (the engine reasons about
// patterns with automata; sharing that code would let one mistake pass both). It parses the subset
// of JS regexes the pattern grammar produces and most real event schemas use: anchors, classes,
// escapes, groups, alternation, quantifiers. Anything else (lookarounds, backreferences, \p) returns
// null, and the instance search falls back to strings built from the pattern's literal characters.

const DIGIT = [[48, 57]];
const WORD = [
  [48, 57],
  [65, 90],
  [95, 95],
  [97, 122],
];
const SPACE = [
  [9, 13],
  [32, 32],
];
const PRINTABLE = [[32, 126]];

/** Parses a pattern into a small AST, or null when it leaves the supported subset. */
export function parsePattern(source) {
  let at = 0;
  const fail = () => {
    throw new Unsupported();
  };
  const peek = () => source[at];
  const eat = (ch) => {
    if (source[at] !== ch) return false;
    at++;
    return true;
  };

  function alternation() {
    const alternatives = [sequence()];
    while (eat('|')) alternatives.push(sequence());
    return { kind: 'alt', alternatives };
  }
  function sequence() {
    const items = [];
    while (at < source.length && peek() !== '|' && peek() !== ')') items.push(quantified(atom()));
    return items;
  }
  function atom() {
    const ch = source[at++];
    if (ch === '^') return { kind: 'start' };
    if (ch === '$') return { kind: 'end' };
    if (ch === '.') return { kind: 'set', ranges: PRINTABLE, negated: false };
    if (ch === '(') {
      if (eat('?')) {
        if (!eat(':')) fail();
      }
      const inner = alternation();
      if (!eat(')')) fail();
      return { kind: 'group', inner };
    }
    if (ch === '[') return charClass();
    if (ch === '\\') return escaped(false);
    if (ch === '*' || ch === '+' || ch === '?' || ch === '{' || ch === ')' || ch === ']') fail();
    return { kind: 'set', ranges: [[ch.codePointAt(0), ch.codePointAt(0)]], negated: false };
  }
  function escaped(inClass) {
    const ch = source[at++];
    if (ch === undefined) fail();
    if (ch === 'd') return { kind: 'set', ranges: DIGIT, negated: false };
    if (ch === 'D') return { kind: 'set', ranges: DIGIT, negated: true };
    if (ch === 'w') return { kind: 'set', ranges: WORD, negated: false };
    if (ch === 'W') return { kind: 'set', ranges: WORD, negated: true };
    if (ch === 's') return { kind: 'set', ranges: SPACE, negated: false };
    if (ch === 'S') return { kind: 'set', ranges: SPACE, negated: true };
    if (/[0-9kpPbBux]/.test(ch) && !(inClass && ch === 'b')) fail();
    const literal = { n: 10, t: 9, r: 13, f: 12, v: 11 }[ch];
    const code = literal ?? ch.codePointAt(0);
    return { kind: 'set', ranges: [[code, code]], negated: false };
  }
  function charClass() {
    const negated = eat('^');
    const ranges = [];
    while (peek() !== ']') {
      if (at >= source.length) fail();
      let low;
      if (eat('\\')) {
        const escapedSet = escaped(true);
        if (escapedSet.negated) fail();
        if (escapedSet.ranges.length > 1 || escapedSet.ranges[0][0] !== escapedSet.ranges[0][1]) {
          ranges.push(...escapedSet.ranges);
          continue;
        }
        low = escapedSet.ranges[0][0];
      } else low = source.codePointAt(at++);
      if (peek() === '-' && source[at + 1] !== ']' && source[at + 1] !== undefined) {
        at++;
        let high;
        if (eat('\\')) {
          const escapedSet = escaped(true);
          if (escapedSet.ranges.length > 1 || escapedSet.ranges[0][0] !== escapedSet.ranges[0][1]) fail();
          high = escapedSet.ranges[0][0];
        } else high = source.codePointAt(at++);
        if (high < low) fail();
        ranges.push([low, high]);
      } else ranges.push([low, low]);
    }
    at++;
    return { kind: 'set', ranges, negated };
  }
  function quantified(item) {
    let min;
    let max;
    if (eat('*')) [min, max] = [0, Number.POSITIVE_INFINITY];
    else if (eat('+')) [min, max] = [1, Number.POSITIVE_INFINITY];
    else if (eat('?')) [min, max] = [0, 1];
    else if (peek() === '{') {
      const match = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(at));
      if (!match) fail();
      at += match[0].length;
      min = Number(match[1]);
      max = match[2] === undefined ? min : match[3] === '' ? Number.POSITIVE_INFINITY : Number(match[3]);
    } else return item;
    eat('?'); // lazy: the same language
    if (item.kind === 'start' || item.kind === 'end') fail();
    return { kind: 'repeat', item, min, max };
  }

  try {
    const ast = alternation();
    if (at !== source.length) return null;
    return ast;
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }
}

class Unsupported extends Error {}

/**
 * One string the pattern accepts (as `RegExp#test` with the u flag reads it, i.e. a match anywhere
 * unless anchored). Repetition counts favour their bounds, where narrowed patterns differ.
 */
export function samplePattern(ast, random) {
  const out = [];
  let anchoredStart = false;
  let anchoredEnd = false;
  const emit = (node, first, last) => {
    if (node.kind === 'alt') {
      const alternative = random.pick(node.alternatives);
      alternative.forEach((item, k) => {
        emit(item, first && k === 0, last && k === alternative.length - 1);
      });
    } else if (node.kind === 'start') anchoredStart ||= first;
    else if (node.kind === 'end') anchoredEnd ||= last;
    else if (node.kind === 'group') emit(node.inner, first, last);
    else if (node.kind === 'set') out.push(pickChar(node, random));
    else if (node.kind === 'repeat') {
      const count = repeatCount(node, random);
      for (let k = 0; k < count; k++) emit(node.item, false, false);
    }
  };
  emit(ast, true, true);
  const body = out.join('');
  // An unanchored side admits any text around the match: sometimes add some, since a narrowed
  // pattern that gains an anchor is told apart only by such strings.
  const prefix = !anchoredStart && random.chance(0.3) ? random.pick(['x', '_', 'Z9', ' ']) : '';
  const suffix = !anchoredEnd && random.chance(0.3) ? random.pick(['x', '_', '9z', ' ']) : '';
  return prefix + body + suffix;
}

function repeatCount(node, random) {
  // Unbounded repetition: now and then a long run, since a new maxLength cuts those off.
  if (!Number.isFinite(node.max) && random.chance(0.1)) return node.min + random.between(40, 140);
  const max = Number.isFinite(node.max) ? node.max : node.min + 3;
  const roll = random.next();
  if (roll < 0.3) return node.min;
  if (roll < 0.6) return max;
  return random.between(node.min, max);
}

function pickChar(node, random) {
  if (!node.negated) {
    const [low, high] = random.pick(node.ranges);
    return String.fromCodePoint(random.chance(0.3) ? low : random.chance(0.5) ? high : random.between(low, high));
  }
  for (let tries = 0; tries < 20; tries++) {
    const code = random.between(32, 126);
    if (!node.ranges.some(([low, high]) => code >= low && code <= high)) return String.fromCodePoint(code);
  }
  return '\u00e9';
}

/** The literal characters of a pattern: the fallback alphabet for patterns outside the subset. */
export function literalAlphabet(source) {
  const letters = source.replace(/\\[a-zA-Z]|[\^$.*+?()[\]{}|\\]/g, '');
  return letters.length > 0 ? [...new Set(letters)] : ['a'];
}
