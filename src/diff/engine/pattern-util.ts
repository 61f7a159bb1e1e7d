/** Patterns that match every string (so adding one is not a constraint). */
const UNIVERSAL = new Set(['', '.*', '^.*$', '^.*', '.*$', '[\\s\\S]*', '^[\\s\\S]*$']);
/** A group that contains a quantifier and is itself quantified: `(a+)+`, `(x*)*`, `(\w{2,})+`. */
const NESTED_QUANTIFIER = /\((?:[^()\\]|\\.)*[+*}](?:[^()\\]|\\.)*\)[+*{]/;
/** Longest string evt ever tests against a pattern with nested quantifiers. */
export const SHORT_STRING = 20;

export function effectivePattern(pattern: string | undefined): string | undefined {
  return pattern === undefined || UNIVERSAL.has(pattern) ? undefined : pattern;
}

/**
 * Nested quantifiers can backtrack exponentially in the input length (ReDoS). evt keeps every
 * string it tests against such a pattern at most {@link SHORT_STRING} characters long.
 */
export function isSafePattern(pattern: string): boolean {
  return pattern.length <= 512 && !NESTED_QUANTIFIER.test(pattern);
}

const compiled = new Map<string, RegExp | null>();

/** Compiles a pattern the way JSON Schema reads it (ECMA-262 with the unicode flag), or undefined. */
function compilePattern(pattern: string): RegExp | undefined {
  let hit = compiled.get(pattern);
  if (hit === undefined) {
    try {
      hit = new RegExp(pattern, 'u');
    } catch {
      hit = null;
    }
    if (compiled.size > 5_000) compiled.clear();
    compiled.set(pattern, hit);
  }
  return hit ?? undefined;
}

/** Tests a string against a pattern, refusing long inputs for unsafe patterns (returns undefined). */
export function matchesPattern(pattern: string, value: string): boolean | undefined {
  const re = compilePattern(pattern);
  if (!re || (!isSafePattern(pattern) && value.length > SHORT_STRING)) return undefined;
  return re.test(value);
}
