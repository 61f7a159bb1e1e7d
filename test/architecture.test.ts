/**
 * docs/ARCHITECTURE.md is the newcomer's map: one line per top-level src/ folder saying which stage it
 * is. A folder added without a line, or a line left behind by a removed folder, fails here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from './helpers/paths.js';

const doc = fs.readFileSync(path.join(PROJECT_ROOT, 'docs/ARCHITECTURE.md'), 'utf8');
/** Folders named at the start of a map line: `` - `src/<folder>/` ``. */
const mapped = [...doc.matchAll(/^- `src\/([a-z0-9-]+)\/`/gm)].map((m) => m[1]);
const folders = fs
  .readdirSync(path.join(PROJECT_ROOT, 'src'), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name);

describe('docs/ARCHITECTURE.md', () => {
  it.each(folders)('has a line for src/%s/', (folder) => {
    expect(mapped).toContain(folder);
  });

  it('names no folder that does not exist', () => {
    expect(mapped.filter((folder) => !folders.includes(folder as string))).toEqual([]);
  });

  it('names each folder once', () => {
    expect(new Set(mapped).size).toBe(mapped.length);
  });
});
