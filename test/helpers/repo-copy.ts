import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fixtureRepo } from './paths.js';

/** A copy of a fixture repo that tests may write to: in a fresh temp dir, or in `into` when given. */
export function copyFixture(name: string, into = fs.mkdtempSync(path.join(os.tmpdir(), `evt-${name}-`))): string {
  fs.cpSync(fixtureRepo(name), into, { recursive: true });
  return into;
}

/** Every file (dotfiles included) -> sha256 of its bytes; directories as `dir/` entries. */
export function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (rel: string): void => {
    for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        out.set(`${child}/`, '');
        walk(child);
      } else
        out.set(
          child,
          crypto
            .createHash('sha256')
            .update(fs.readFileSync(path.join(dir, child)))
            .digest('hex'),
        );
    }
  };
  walk('');
  return out;
}

/** Paths added, removed or changed between two snapshots (directories left out), sorted. */
export function changedPaths(before: Map<string, string>, after: Map<string, string>): string[] {
  const paths = new Set([...before.keys(), ...after.keys()]);
  return [...paths].filter((p) => !p.endsWith('/') && before.get(p) !== after.get(p)).sort();
}

export const read = (dir: string, file: string): string => fs.readFileSync(path.join(dir, file), 'utf8');
