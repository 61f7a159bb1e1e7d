import { own } from '../engine/json.js';
import { matchesPattern } from '../engine/pattern-util.js';

const MAX_LENGTH = 64;
const ESCAPES: Record<string, string> = { d: '0', w: 'a', s: ' ', D: 'a', W: '-', S: 'a', n: '\n', t: '\t', r: '\r' };

/**
 * A short string matching a regular expression, for the common subset event schemas use (anchors,
 * literals, classes, groups with alternation, quantifiers). Always verified against the pattern;
 * undefined when the subset cannot produce a match.
 */
export function sampleFromPattern(pattern: string): string | undefined {
  let out: string;
  try {
    out = new Sampler(pattern).sequence();
  } catch {
    return undefined;
  }
  if (out.length > MAX_LENGTH) return undefined;
  return matchesPattern(pattern, out) === true ? out : undefined;
}

class Sampler {
  private i = 0;
  constructor(private readonly src: string) {}

  sequence(stop = ''): string {
    let out = '';
    while (this.i < this.src.length && !stop.includes(this.src.charAt(this.i))) {
      const atom = this.atom();
      out += this.repeat(atom);
    }
    return out;
  }

  private atom(): string {
    const c = this.src.charAt(this.i++);
    if (c === '^' || c === '$') return '';
    if (c === '\\') return this.escape();
    if (c === '[') return this.charClass();
    if (c === '(') return this.group();
    if (c === '.') return 'a';
    return c;
  }

  private escape(): string {
    const c = this.src.charAt(this.i++);
    if (c === 'u' && this.src[this.i] === '{') {
      const end = this.src.indexOf('}', this.i);
      const code = parseInt(this.src.slice(this.i + 1, end), 16);
      this.i = end + 1;
      return String.fromCodePoint(code);
    }
    return own(ESCAPES, c) ?? c;
  }

  private charClass(): string {
    const negated = this.src[this.i] === '^';
    if (negated) this.i++;
    const members: string[] = [];
    while (this.i < this.src.length && this.src[this.i] !== ']') {
      let c = this.src.charAt(this.i++);
      if (c === '\\') c = this.escape();
      members.push(c);
      if (this.src[this.i] === '-' && this.src[this.i + 1] !== ']') this.i += 2; // range: keep its start
    }
    this.i++;
    if (!negated) return members[0] ?? 'a';
    return ['a', 'A', '0', '_', 'x', 'Z'].find((candidate) => !members.includes(candidate)) ?? '#';
  }

  private group(): string {
    if (this.src[this.i] === '?')
      this.i += this.src[this.i + 1] === '<' ? this.src.indexOf('>', this.i) - this.i + 1 : 2;
    const first = this.sequence('|)');
    let depth = 0;
    while (this.i < this.src.length) {
      const c = this.src.charAt(this.i++);
      if (c === '\\') this.i++;
      else if (c === '(') depth++;
      else if (c === ')' && depth-- === 0) break;
    }
    return first;
  }

  private repeat(atom: string): string {
    const q = this.src[this.i];
    if (q === '?' || q === '*') {
      this.i++;
      if (this.src[this.i] === '?') this.i++;
      return '';
    }
    if (q === '+') {
      this.i++;
      return atom;
    }
    if (q === '{') {
      const end = this.src.indexOf('}', this.i);
      const min = parseInt(this.src.slice(this.i + 1, end), 10);
      this.i = end + 1;
      return Number.isNaN(min) ? atom : atom.repeat(Math.min(min, MAX_LENGTH));
    }
    return atom;
  }
}
