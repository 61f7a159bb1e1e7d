import { describe, expect, it } from 'vitest';
import { REPORTERS } from '../../src/reporters/index.js';
import { REPORTER_LOADERS } from '../../src/reporters/lazy.js';

describe('REPORTER_LOADERS (what the CLI renders with)', () => {
  it('has every reporter of REPORTERS, under the same name, loading the same function', async () => {
    expect(Object.keys(REPORTER_LOADERS).sort()).toEqual(Object.keys(REPORTERS).sort());
    for (const [name, load] of Object.entries(REPORTER_LOADERS)) expect(await load(), name).toBe(REPORTERS[name]);
  });
});
