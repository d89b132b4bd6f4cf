import { nowMs } from '../clock.js';
const MAX_DELAY_MS = 6 * 60 * 60 * 1000;

/**
 * Delay before the next attempt after `attempts` failed ones: exponential from `baseMs` (doubling, capped at 6 h),
 * with ±20 % jitter so receivers coming back are not hit by every sender at once. With the default 5 s base the
 * attempts spread over about a day: 5 s, 10 s, 20 s, … 5.7 h, 6 h, 6 h.
 */
export function retryDelayMs(attempts: number, baseMs: number, random: () => number = Math.random): number {
  const exponential = Math.min(baseMs * 2 ** Math.max(0, attempts - 1), MAX_DELAY_MS);
  return Math.round(exponential * (0.8 + 0.4 * random()));
}

/** When to try again, or undefined when the retry window (counted from the first attempt's due time) is over. */
export function nextAttemptAt(
  firstDueAt: string,
  attempts: number,
  config: { retryBaseMs: number; retryWindowMs: number },
  now = nowMs(),
): string | undefined {
  const next = now + retryDelayMs(attempts, config.retryBaseMs);
  return next > Date.parse(firstDueAt) + config.retryWindowMs ? undefined : new Date(next).toISOString();
}
