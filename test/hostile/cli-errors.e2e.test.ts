/**
 * Exit 2 is one line saying what and where, plus a hint, whatever the repo puts in names; a closed
 * stdout pipe is not a crash.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { oneLine } from '../../src/util/one-line.js';
import { PROJECT_ROOT } from '../helpers/paths.js';
import { evtAsync } from '../helpers/process.js';
import { goodSchema, tempDir, writeFiles } from './helpers.js';

describe('one clear line', () => {
  it('oneLine escapes newlines, ANSI escapes and other control characters', () => {
    expect(oneLine('a\nb\r\tc\u001b[31md\u0000e\u2028f')).toBe('a\\nb\\r\\tc\\u001b[31md\\u0000e\\u2028f');
  });

  it('a path with a newline and an escape sequence stays on one line in the error', async () => {
    const result = await evtAsync(['lint', 'no\nsuch\u001b[2Jdir']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `evt: no such directory: ${path.join(PROJECT_ROOT, 'no')}\\nsuch\\u001b[2Jdir\nhint: pass the path of a contracts repo\n`,
    );
  });
});

describe('a closed stdout', () => {
  it('evt lint | head -1: no EPIPE stack trace', async () => {
    const root = tempDir();
    const literals = Array.from({ length: 20_000 }, (_, i) => `  | 'order.e${i}'`).join('\n');
    writeFiles(root, {
      'schemas/order.placed.schema.json': goodSchema('order.placed'),
      'src/event-types.ts': `export type EventType =\n${literals};\n`,
    });
    const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'bin/evt.js'), 'lint', root], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let err = '';
      child.stderr.on('data', (d: Buffer) => (err += d.toString()));
      child.stdout.once('data', () => child.stdout.destroy());
      child.on('close', (c) => resolve({ code: c, stderr: err }));
    });
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(fs.existsSync(root)).toBe(true);
  });
});
