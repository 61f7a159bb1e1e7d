/**
 * A string that matches a simple regular expression: anchors, literals, escapes (\d \w), character
 * classes with ranges, and the quantifiers ? * + {n} {n,m}. Enough for the id patterns contract
 * repos use (`^bkg_[0-9a-f]{26}$`, `^[A-Z]{3}$`); anything else (groups, alternation,
 * lookarounds) returns undefined and the caller falls back to something else. Deterministic:
 * the first character of a class, repeated the minimum number of times.
 */
export function stringMatching(pattern: string): string | undefined {
  let out = '';
  let i = 0;
  const source = pattern.replace(/^\^/, '').replace(/\$$/, '');
  while (i < source.length) {
    const atom = readAtom(source, i);
    if (!atom) return undefined;
    i = atom.next;
    const quantifier = readQuantifier(source, i);
    if (!quantifier) return undefined;
    i = quantifier.next;
    out += atom.char.repeat(quantifier.min);
  }
  return out;
}

function readAtom(s: string, i: number): { char: string; next: number } | undefined {
  const c = s[i]!;
  if ('()|^$'.includes(c)) return undefined;
  if (c === '.') return { char: 'a', next: i + 1 };
  if (c === '\\') return escapeChar(s[i + 1]) === undefined ? undefined : { char: escapeChar(s[i + 1])!, next: i + 2 };
  if (c === '[') {
    const end = s.indexOf(']', i + 2);
    if (end < 0 || s[i + 1] === '^') return undefined;
    const body = s.slice(i + 1, end);
    const first = body[0] === '\\' ? escapeChar(body[1]) : body[0];
    return first === undefined ? undefined : { char: first, next: end + 1 };
  }
  if ('?*+{'.includes(c)) return undefined;
  return { char: c, next: i + 1 };
}

function escapeChar(c: string | undefined): string | undefined {
  if (c === undefined) return undefined;
  if (c === 'd') return '0';
  if (c === 'w') return 'a';
  if (c === 's') return ' ';
  if (/[a-zA-Z0-9]/.test(c)) return undefined;
  return c;
}

function readQuantifier(s: string, i: number): { min: number; next: number } | undefined {
  const c = s[i];
  if (c === '?' || c === '*') return { min: 0, next: i + 1 };
  if (c === '+') return { min: 1, next: i + 1 };
  if (c === '{') {
    const m = /^\{(\d+)(,\d*)?\}/.exec(s.slice(i));
    return m ? { min: Number(m[1]), next: i + m[0].length } : undefined;
  }
  return { min: 1, next: i };
}
