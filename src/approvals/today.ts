/**
 * The date approvals are checked against. Injectable so tests (and "what fails next month?"
 * dry runs) can move the clock: `EVT_TODAY=2031-01-01 evt check`.
 */
import { EvtError } from '../model/errors.js';

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text;
}

/** EVT_TODAY when set, else today's date in UTC (CI runners' clock; the same everywhere on one day). */
export function resolveToday(env: Record<string, string | undefined>, now: Date = new Date()): string {
  const forced = env.EVT_TODAY;
  if (forced === undefined || forced === '') return now.toISOString().slice(0, 10);
  if (!isIsoDate(forced))
    throw new EvtError(
      `EVT_TODAY must be a date written YYYY-MM-DD, got "${forced}"`,
      'unset EVT_TODAY to use the current date',
    );
  return forced;
}
