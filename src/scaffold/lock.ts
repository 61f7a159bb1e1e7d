/**
 * One `evt new` at a time per repo: `.evt.lock` in the repo root is created with link(2), which
 * fails when it exists, so of two concurrent runs exactly one gets it; the other fails at once
 * with who holds it.
 *
 * A stale lock (its process died without the finally below running, e.g. kill -9 or a power
 * cut) is never removed automatically: two runs could both decide it is stale and both proceed.
 * It is reported as stale when its pid is not running on this host, with the hint to delete it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EvtError } from '../model/errors.js';

const LOCK_FILE = '.evt.lock';

interface LockInfo {
  pid: number;
  host: string;
  since: string;
  command: string;
}

export async function withRepoLock<T>(root: string, command: string, fn: () => Promise<T> | T): Promise<T> {
  const file = path.join(root, LOCK_FILE);
  const info: LockInfo = { pid: process.pid, host: os.hostname(), since: new Date().toISOString(), command };
  const text = `${JSON.stringify(info)}\n`;
  try {
    // written aside and linked into place: a run that finds the lock always reads who holds it
    // (an O_EXCL create leaves a moment where the file exists and is still empty)
    const temp = path.join(root, `.${LOCK_FILE}.${process.pid}.${Date.now().toString(36)}.tmp`);
    fs.writeFileSync(temp, text, { flag: 'wx' });
    try {
      fs.linkSync(temp, file);
    } finally {
      fs.rmSync(temp, { force: true });
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw heldError(file);
    throw new EvtError(
      `cannot create ${LOCK_FILE} in ${root}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
      'evt new needs write access to the repo root',
    );
  }
  try {
    return await fn();
  } finally {
    // remove only our own lock (a user may have deleted a stuck one and another run taken it)
    try {
      if (fs.readFileSync(file, 'utf8') === text) fs.unlinkSync(file);
    } catch {
      // already gone
    }
  }
}

function heldError(file: string): EvtError {
  let holder: Partial<LockInfo> = {};
  try {
    holder = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<LockInfo>;
  } catch {
    // unreadable or half-written: describe it without details
  }
  const who = holder.pid
    ? ` (pid ${holder.pid}${holder.host ? ` on ${holder.host}` : ''}${holder.since ? ` since ${holder.since}` : ''})`
    : '';
  if (holder.pid && holder.host === os.hostname() && !isRunning(holder.pid)) {
    return new EvtError(
      `${LOCK_FILE} is stale${who}: that process is not running`,
      `no evt is running on this repo: delete ${file} and run again`,
    );
  }
  return new EvtError(
    `another evt command is changing this repo${who}`,
    `wait for it to finish and run again; if none is running, delete ${file}`,
  );
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
