import { run } from '../../src/cli/run.js';
import { PROJECT_ROOT } from './paths.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * The CLI in-process, through `run` (what bin/evt.js calls): no build, no process start. Colour off
 * and no TTY; the environment is only NO_COLOR plus `env`, so a developer's shell cannot change it.
 */
export async function evt(args: string[], cwd = PROJECT_ROOT, env: Record<string, string> = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    cwd,
    env: { NO_COLOR: '1', ...env },
    isTTY: false,
  });
  return { code, stdout, stderr };
}
