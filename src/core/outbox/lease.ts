import type { Kysely } from 'kysely';
import type { Db } from '../store/database.js';
import { dialectOf } from '../store/dialect.js';

/** The columns every table of retried outgoing work has (email jobs, notification emails). */
interface LeasedWorkTable {
  id: string;
  status: string;
  attempt_count: number;
  next_attempt_at: string | null;
  last_error: string | null;
  lease_until: string | null;
  updated_at: string;
}

/** How one attempt at a leased row ended: its new status, and when to try again if it stays pending. */
export interface WorkOutcome {
  status: string;
  attemptCount: number;
  nextAttemptAt: string | null;
  lastError: string | null;
  now: string;
}

/** One shape for every such table: the caller names a table with these columns and reads its own rows back. */
const leasedWork = (db: Db) => db as unknown as Kysely<Record<string, LeasedWorkTable>>;

/**
 * Leases up to `limit` due rows of `table` until `leaseUntil` and returns their ids: pending, due, and not leased by
 * another sender (FOR UPDATE SKIP LOCKED on PostgreSQL, so two instances never take the same row).
 */
export async function leaseDueWork(
  db: Db,
  table: string,
  now: string,
  leaseUntil: string,
  limit: number,
): Promise<string[]> {
  const work = leasedWork(db);
  const query = work
    .selectFrom(table)
    .select('id')
    .where('status', '=', 'pending')
    .where('next_attempt_at', '<=', now)
    .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<=', now)]))
    .orderBy('next_attempt_at')
    .limit(limit);
  const ids = (await dialectOf(db).lockClaimedRows(query).execute()).map((r) => r.id);
  if (ids.length > 0) await work.updateTable(table).set({ lease_until: leaseUntil }).where('id', 'in', ids).execute();
  return ids;
}

/** Records how an attempt ended and releases the lease. */
export async function finishLeasedWork(db: Db, table: string, id: string, outcome: WorkOutcome): Promise<void> {
  await leasedWork(db)
    .updateTable(table)
    .set({
      status: outcome.status,
      attempt_count: outcome.attemptCount,
      next_attempt_at: outcome.nextAttemptAt,
      last_error: outcome.lastError,
      lease_until: null,
      updated_at: outcome.now,
    })
    .where('id', '=', id)
    .execute();
}
