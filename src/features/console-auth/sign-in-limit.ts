import type { Kysely } from 'kysely';
import { nowMs } from '../../core/clock.js';
import { newId } from '../../core/ids.js';
import type { Database } from '../../core/store/database.js';
import { dialectOf } from '../../core/store/dialect.js';
import {
  deleteSignInFailure,
  deleteSignInFailuresBefore,
  insertSignInFailure,
  listRecentFailures,
} from './console-auth.repository.js';

/** At most this many failed sign-ins per account (email) and per remote address in any window; not multiplied. */
export const MAX_SIGN_IN_FAILURES = 10;
export const SIGN_IN_WINDOW_MS = 15 * 60_000;

/** Attempts take turns (on PostgreSQL, across instances), so two at once cannot both take the last one left. */
const SIGN_IN_LOCK_KEY = 0x5369676e; // "Sign"

export type Reservation = { attemptId: string } | { retryAfterSeconds: number };

/**
 * Takes one attempt for this email and address, or says when the next one may come. The attempt is stored as a
 * failure before the password is checked, so attempts in flight count too, and parallel requests cannot exceed the
 * limit; a success takes it back (`releaseSignInAttempt`).
 */
export async function reserveSignInAttempt(db: Kysely<Database>, email: string, remoteAddress: string) {
  return db.transaction().execute(async (trx): Promise<Reservation> => {
    await dialectOf(trx).serializeTransaction(trx, SIGN_IN_LOCK_KEY);
    const now = nowMs();
    const since = new Date(now - SIGN_IN_WINDOW_MS).toISOString();
    await deleteSignInFailuresBefore(trx, since);
    for (const by of [{ email }, { remoteAddress }]) {
      const times = await listRecentFailures(trx, by, since);
      if (times.length >= MAX_SIGN_IN_FAILURES) {
        // The next attempt is allowed once enough of these failures have left the window.
        const freedAt = Date.parse(times[times.length - MAX_SIGN_IN_FAILURES]!) + SIGN_IN_WINDOW_MS;
        return { retryAfterSeconds: Math.max(1, Math.ceil((freedAt - now) / 1000)) };
      }
    }
    const attemptId = newId();
    await insertSignInFailure(trx, { id: attemptId, email, remoteAddress, failedAt: new Date(now).toISOString() });
    return { attemptId };
  });
}

/** A successful attempt does not count against the account or the address. */
export const releaseSignInAttempt = (db: Kysely<Database>, attemptId: string): Promise<void> =>
  deleteSignInFailure(db, attemptId);
