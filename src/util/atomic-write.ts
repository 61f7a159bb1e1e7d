/**
 * Atomic file writes: the text goes to a temp file in the same directory, is flushed, then renamed
 * over the target. rename(2) within one directory is atomic on POSIX file systems, so a reader
 * (or a crash) sees either the old file or the new one, never a torn one.
 *
 * The temp name starts with '.' and ends with '.tmp', so a temp file a crash leaves behind is never
 * globbed as a schema (dot files are skipped, and .tmp is no schema extension).
 */
import fs from 'node:fs';
import path from 'node:path';

export interface AtomicWriteOptions {
  /** Fail if the target exists (the default refuses nothing). */
  exclusive?: boolean;
  /** Test hook: runs after the temp file is written and before the rename. */
  beforeRename?: (tempFile: string) => void;
}

export function writeFileAtomic(file: string, text: string, options: AtomicWriteOptions = {}): void {
  const dir = path.dirname(file);
  fs.mkdirSync(dir, { recursive: true });
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    const fd = fs.openSync(temp, 'wx');
    try {
      fs.writeFileSync(fd, text);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    options.beforeRename?.(temp);
    // crash test hook: the process dies the hardest way between the write and the rename
    if (process.env.EVT_TEST_CRASH_BEFORE_RENAME === '1') process.kill(process.pid, 'SIGKILL');
    if (options.exclusive) {
      // link(2) fails when the target exists: the create-if-absent check and the write are one step
      fs.linkSync(temp, file);
      fs.unlinkSync(temp);
    } else {
      fs.renameSync(temp, file);
    }
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
}
