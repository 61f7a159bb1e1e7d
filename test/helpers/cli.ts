import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from './paths.js';

/** Spawns the built executable, as a user or CI would (colour off, no TTY). */
export function evt(args: string[], cwd = PROJECT_ROOT, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'bin/evt.js'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
