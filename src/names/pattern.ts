import { testBounded } from '../util/bounded-regex.js';

/**
 * `naming.pattern` compiled once per distinct pattern. A pattern that does not compile is data
 * (one finding), never an exception: the config schema only checks `format: regex` loosely.
 */
const compiled = new Map<string, RegExp | string>();

/** The compiled pattern, or the compiler's error message. */
export function compileNamePattern(pattern: string): RegExp | string {
  let result = compiled.get(pattern);
  if (result === undefined) {
    try {
      result = new RegExp(pattern);
    } catch (error) {
      result = (error as Error).message.split('\n')[0]!;
    }
    compiled.set(pattern, result);
  }
  return result;
}

/** The first name a pattern ran out of time on (see testBounded), per pattern. */
const gaveUpOn = new Map<string, string>();

/**
 * Tests a name against the pattern: true, false, or undefined when the pattern ran out of its time
 * budget (a repo's config can hold `^(a+)+$`; from then on every test of it gives up at once).
 * Callers check `maxLength` first, which keeps a 10,000-character name cheap for sane patterns.
 */
export function testNamePattern(name: string, pattern: string): boolean | undefined {
  const regex = compileNamePattern(pattern);
  if (typeof regex === 'string') return false;
  const result = testBounded(regex, name);
  if (result === undefined && !gaveUpOn.has(pattern)) gaveUpOn.set(pattern, name);
  return result;
}

export function matchesNamePattern(name: string, pattern: string): boolean {
  return testNamePattern(name, pattern) === true;
}

/** The name on which `pattern` first ran out of time, if it did. */
export function patternGaveUpOn(pattern: string): string | undefined {
  return gaveUpOn.get(pattern);
}
