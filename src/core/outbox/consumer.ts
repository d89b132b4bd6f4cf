/**
 * One outbox the worker drains. An outbox holds work written in the same transaction as the change that caused it
 * (an event to post, an email to send), so nothing is lost when the process dies between the change and the send.
 *
 * Delivery is at least once. `claim` leases each item it returns until `leaseUntil`: while the lease holds, no other
 * instance claims the item, so it has one sender at a time. `deliver` records the outcome, which ends the lease. A
 * sender that dies mid-delivery records nothing; once its lease runs out the item is due again and another claim takes
 * it up, so a receiver may get the same item twice and must tell repeats apart by their id.
 */
export interface OutboxConsumer<Work> {
  /** Names the outbox; one worker drives at most one consumer of each name. */
  readonly name: string;
  /**
   * Items this outbox may have in flight at once (default 20). The worker claims into the slots that are free, so a
   * slow item holds one slot, never the others' turn.
   */
  readonly concurrency?: number;
  /**
   * Claims up to `limit` items due at `now` (ISO 8601), leasing them until `leaseUntil`, in a transaction of its own:
   * the lease must be committed before the work starts, or a slow send would hold the claim's locks.
   */
  claim(now: string, leaseUntil: string, limit: number): Promise<Work[]>;
  /**
   * Does one claimed item and records its outcome (done, due again later, or given up). An ordinary failure of the
   * receiver or mail server is an outcome to record, not an error: throwing is for when the outcome cannot be
   * recorded (the database is gone): the worker logs it, and the item is claimed again after its lease.
   */
  deliver(work: Work): Promise<void>;
}
