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

/**
 * Tests a name against the pattern. Callers check `maxLength` first: a user pattern may
 * backtrack exponentially, and the length cap is what keeps a 10,000-character name cheap.
 */
export function matchesNamePattern(name: string, pattern: string): boolean {
  const regex = compileNamePattern(pattern);
  return typeof regex !== 'string' && regex.test(name);
}
