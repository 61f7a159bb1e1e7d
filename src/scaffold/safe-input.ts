/**
 * Inputs that become path segments are checked before anything else (and before the naming
 * rules, which a repo may loosen): a name or --dir that could climb out of its directory, or be a
 * hidden file, never reaches a path join.
 */
import { EvtError } from '../model/errors.js';

/** Why `text` cannot be used inside a path, or undefined when it can. */
function unsafePathReason(text: string, allowSlash = false): string | undefined {
  if (text === '') return 'it is empty';
  if (text.includes('\0')) return 'it contains a NUL character';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(text)) return 'it contains a control character';
  if (text.includes('\\')) return 'it contains a backslash';
  if (!allowSlash && text.includes('/')) return 'it contains a "/"';
  if (text.split(/[/]/).some((part) => part === '..' || part === '.')) return 'it contains a ".." or "." path segment';
  if (text.includes('..')) return 'it contains ".."';
  if (text.startsWith('.') || text.split('/').some((part) => part.startsWith('.'))) return 'it starts with a dot';
  if (text.startsWith('/') || /^[A-Za-z]:/.test(text)) return 'it is an absolute path';
  return undefined;
}

export function assertSafeName(name: string): void {
  const reason = unsafePathReason(name);
  if (reason)
    throw new EvtError(
      `refusing event name ${JSON.stringify(name)}: ${reason}`,
      'event names are dotted lower-case words, e.g. payment.completed',
    );
}

export function assertSafeDir(dir: string): void {
  const reason = unsafePathReason(dir, true);
  if (reason)
    throw new EvtError(
      `refusing --dir ${JSON.stringify(dir)}: ${reason}`,
      'pass a directory name inside the repo, e.g. --dir booking-lifecycle',
    );
}
