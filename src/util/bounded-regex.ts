/**
 * Regular expressions from a hostile repo (naming.pattern, a schema's `pattern`) can backtrack
 * exponentially: `^(a+)+$` against 40 a's and a '!' runs for minutes. JavaScript cannot interrupt
 * a native regex match, except through `vm`'s timeout, which terminates the running script.
 *
 * So a pattern that can backtrack catastrophically (a quantified group that itself repeats or
 * alternates, or a backreference) runs inside a vm with a time budget; any other pattern runs
 * natively. After one timeout a pattern is marked hostile and every later test of it gives up at
 * once, so a thousand names cost one budget, not a thousand.
 */
import vm from 'node:vm';

export const REGEX_BUDGET_MS = 250;

const risky = new Map<string, boolean>();
const hostile = new WeakSet<RegExp>();
const context = vm.createContext(Object.create(null) as object);
const script = new vm.Script('regex.lastIndex = 0; regex.test(input)');

/** True when the regex matched, false when not, undefined when it ran out of time (now or before). */
export function testBounded(regex: RegExp, input: string, timeoutMs = REGEX_BUDGET_MS): boolean | undefined {
  if (hostile.has(regex)) return undefined;
  if (!mayBacktrack(regex.source) && !(input.length > POLYNOMIAL_INPUT && unboundedQuantifiers(regex.source) >= 2)) {
    regex.lastIndex = 0;
    return regex.test(input);
  }
  const sandbox = context as { regex?: RegExp; input?: string };
  sandbox.regex = regex;
  sandbox.input = input;
  try {
    return script.runInContext(context, { timeout: timeoutMs }) as boolean;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ERR_SCRIPT_EXECUTION_TIMEOUT') throw error;
    hostile.add(regex);
    return undefined;
  } finally {
    sandbox.regex = undefined;
    sandbox.input = undefined;
  }
}

/** Above this length, two unbounded quantifiers (`\\s*\\s*$`) can backtrack polynomially for seconds. */
const POLYNOMIAL_INPUT = 512;

function unboundedQuantifiers(source: string): number {
  return (source.match(/(?<!\\)[*+]|\{\d+,\}/g) ?? []).length;
}

/**
 * A cheap over-approximation of "can backtrack exponentially": a group that repeats (`*`, `+`,
 * `{n,}`, `{n,m}`) and contains a quantifier or an alternation, or any backreference. False
 * positives only cost the vm's overhead (~0.1 ms); polynomial patterns are left to length caps.
 */
function mayBacktrack(source: string): boolean {
  let cached = risky.get(source);
  if (cached === undefined) {
    cached = scanForNestedRepetition(source);
    if (risky.size > 10_000) risky.clear();
    risky.set(source, cached);
  }
  return cached;
}

function scanForNestedRepetition(source: string): boolean {
  // per open group: where it opens, and does it contain a quantifier or an alternation?
  const groups: Array<{ open: number; inner: boolean }> = [];
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      if (/[1-9k]/.test(source[i + 1] ?? '')) return true;
      i++;
      continue;
    }
    if (inClass) {
      inClass = c !== ']';
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') groups.push({ open: i, inner: false });
    else if (c === '|' || isQuantifierAt(source, i)) {
      if (groups.length) groups[groups.length - 1]!.inner = true;
    } else if (c === ')') {
      const group = groups.pop();
      if (!group?.inner) continue;
      if (repeatsAt(source, i + 1) && !startsWithSeparator(source.slice(group.open + 1, i))) return true;
      if (groups.length) groups[groups.length - 1]!.inner = true;
    }
  }
  return false;
}

/**
 * `(\.[a-z][a-z0-9_]*)+`: each repetition starts with a literal no other atom of the body can
 * match, so there is one way to split the input and no exponential backtracking. The common
 * shape of name patterns (segments joined by a separator) runs natively thanks to this.
 */
function startsWithSeparator(body: string): boolean {
  const atoms = atomsOf(body.replace(/^\?(?::|=|!|<[=!]|<[A-Za-z_$][\w$]*>)/, ''));
  const first = atoms?.[0];
  if (
    !atoms ||
    first === undefined ||
    first.quantified ||
    first.text.startsWith('[') ||
    first.text === '.' ||
    /^\\[a-zA-Z0-9]/.test(first.text)
  )
    return false;
  const literal = first.text.startsWith('\\') ? first.text.slice(1) : first.text;
  return atoms.slice(1).every((atom) => !safeRegex(`^(?:${atom.text})$`)?.test(literal));
}

/** Character atoms of a group body (classes, escapes, single characters); undefined on alternation. */
function atomsOf(body: string): Array<{ text: string; quantified: boolean }> | undefined {
  const atoms: Array<{ text: string; quantified: boolean }> = [];
  const quantify = (): void => void (atoms.length && (atoms[atoms.length - 1]!.quantified = true));
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === '|') return undefined;
    if (c === '\\') atoms.push({ text: body.slice(i, ++i + 1), quantified: false });
    else if (c === '[') {
      let j = i + 1;
      while (j < body.length && body[j] !== ']') j += body[j] === '\\' ? 2 : 1;
      atoms.push({ text: body.slice(i, j + 1), quantified: false });
      i = j;
    } else if (c === '{') {
      quantify();
      i = Math.max(i, body.indexOf('}', i));
    } else if (c === '*' || c === '+' || c === '?') quantify();
    else if (c === '(' || c === ')') {
      // a group inside the body: its atoms are checked too, but the first atom can no longer be a lone literal
      if (atoms.length === 0) return undefined;
    } else if (c !== '^' && c !== '$') atoms.push({ text: c, quantified: false });
  }
  return atoms;
}

function safeRegex(source: string): RegExp | undefined {
  try {
    return new RegExp(source, 'u');
  } catch {
    try {
      return new RegExp(source);
    } catch {
      return undefined;
    }
  }
}

function isQuantifierAt(source: string, i: number): boolean {
  const c = source[i];
  return c === '*' || c === '+' || (c === '{' && /^\{\d+(,\d*)?\}/.test(source.slice(i, i + 24)));
}

/** A quantifier that allows more than one repetition starts at `i`. */
function repeatsAt(source: string, i: number): boolean {
  const c = source[i];
  if (c === '*' || c === '+') return true;
  const bounds = c === '{' ? /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i, i + 24)) : null;
  return bounds !== null && bounds[2] !== undefined && (bounds[3] === '' || Number(bounds[3]) > 1);
}
