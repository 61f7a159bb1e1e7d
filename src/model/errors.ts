/**
 * A user-facing failure: bad usage, bad config, unreadable input. The CLI prints `message` (and
 * `hint`) on one line each and exits 2; no stack trace unless --debug.
 */
export class EvtError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'EvtError';
  }
}
