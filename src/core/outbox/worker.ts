import { nowMs } from '../clock.js';
import type { FastifyBaseLogger } from 'fastify';
import type { OutboxConsumer } from './consumer.js';

/** Items in flight per outbox when its consumer does not say (`OutboxConsumer.concurrency`). */
const DEFAULT_CONCURRENCY = 20;

/** One outbox and the sends it has in flight. */
interface Lane {
  consumer: OutboxConsumer<unknown>;
  slots: number;
  inFlight: Set<Promise<void>>;
}

export interface OutboxWorkerOptions {
  /** How often the worker looks for due work when nothing pokes it. */
  pollMs: number;
  /** How long a claimed item stays with this instance before another may take it over. */
  leaseMs: number;
  log: FastifyBaseLogger;
}

/**
 * Drains the registered outboxes (see OutboxConsumer for the at-least-once contract). Each outbox has a number of
 * slots: a run claims as many items as slots are free and starts them without waiting for them, and each send that
 * ends frees its slot and asks for another run. So a receiver that never answers holds one slot until its time limit,
 * and everything else keeps flowing through the rest.
 *
 * Polls every `pollMs`; `poke()` asks for a run now. One run (claiming) at a time: a run asked for during another
 * happens right after it, so work committed meanwhile is not left for the next poll.
 */
export class OutboxWorker {
  private readonly lanes: Lane[] = [];
  private timer: NodeJS.Timeout | undefined;
  private pending: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = false;

  constructor(private readonly options: OutboxWorkerOptions) {}

  /** Adds an outbox; runs claim from the outboxes in the order they were registered. */
  register<Work>(consumer: OutboxConsumer<Work>): void {
    // A name registered twice is a wiring mistake (a plugin loaded twice): fail at start, not claim twice per run.
    if (this.lanes.some((lane) => lane.consumer.name === consumer.name)) {
      throw new Error(`Outbox ${consumer.name} is registered twice`);
    }
    const slots = consumer.concurrency ?? DEFAULT_CONCURRENCY;
    this.lanes.push({ consumer, slots, inFlight: new Set() });
  }

  start(): void {
    this.timer = setInterval(() => this.run(), this.options.pollMs);
    this.timer.unref();
    this.run();
  }

  /**
   * Asks for a run soon. Wake-ups are coalesced (one run per few milliseconds at most): under a burst of writes the
   * worker claims their work in batches instead of running once per request.
   */
  poke(): void {
    if (this.stopped || this.pending) return;
    this.pending = setTimeout(() => {
      this.pending = undefined;
      this.run();
    }, 5);
    this.pending.unref();
  }

  /**
   * Stops claiming and waits for the sends in flight (each bounded by its own time limit), so their outcomes are
   * recorded before the store closes.
   */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    clearTimeout(this.pending);
    await this.running;
    await Promise.all(this.lanes.flatMap((lane) => [...lane.inFlight]));
  }

  private run(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain()
      .catch((error: unknown) => this.options.log.warn({ err: error }, 'delivery run failed'))
      .finally(() => {
        this.running = undefined;
        if (this.again) {
          this.again = false;
          this.run();
        }
      });
  }

  /**
   * Claims into every outbox's free slots until none has room or due work. An outbox may return fewer items than it
   * has room for while more are due (some held back, as a webhook endpoint at its cap): it is asked again, and stops
   * being asked once a claim comes back empty.
   */
  private async drain(): Promise<void> {
    let open = this.lanes;
    while (open.length > 0 && !this.stopped) {
      const now = new Date(nowMs());
      const leaseUntil = new Date(now.getTime() + this.options.leaseMs).toISOString();
      const next: Lane[] = [];
      for (const lane of open) {
        const free = lane.slots - lane.inFlight.size;
        if (free <= 0) continue;
        const work = await lane.consumer.claim(now.toISOString(), leaseUntil, free);
        for (const item of work) this.dispatch(lane, item);
        if (work.length > 0) next.push(lane);
      }
      open = next;
    }
  }

  /** Starts one send in its slot; when it ends, the slot is free and another run may fill it. */
  private dispatch(lane: Lane, item: unknown): void {
    const sending: Promise<void> = Promise.resolve()
      .then(() => lane.consumer.deliver(item))
      .catch((error: unknown) => this.options.log.warn({ err: error, outbox: lane.consumer.name }, 'delivery failed'))
      .finally(() => {
        lane.inFlight.delete(sending);
        this.poke();
      });
    lane.inFlight.add(sending);
  }
}
