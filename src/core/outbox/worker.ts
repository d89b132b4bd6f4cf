import { nowMs } from '../clock.js';
import type { FastifyBaseLogger } from 'fastify';
import type { OutboxConsumer } from './consumer.js';

/** Items claimed per consumer per round: a round's sends run concurrently, so this bounds them. */
const BATCH = 20;

export interface OutboxWorkerOptions {
  /** How often the worker looks for due work when nothing pokes it. */
  pollMs: number;
  /** How long a claimed item stays with this instance before another may take it over. */
  leaseMs: number;
  log: FastifyBaseLogger;
}

/**
 * Drains the registered outboxes (see OutboxConsumer for the at-least-once contract). Polls every `pollMs`; `poke()`
 * asks for a run now. One run at a time: a run asked for during another happens right after it, so work committed
 * meanwhile is not left for the next poll. A run repeats its rounds until no consumer claims anything.
 */
export class OutboxWorker {
  private readonly consumers: OutboxConsumer<unknown>[] = [];
  private timer: NodeJS.Timeout | undefined;
  private pending: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = false;

  constructor(private readonly options: OutboxWorkerOptions) {}

  /** Adds an outbox; rounds claim from the consumers in the order they were registered. */
  register<Work>(consumer: OutboxConsumer<Work>): void {
    // A name registered twice is a wiring mistake (a plugin loaded twice): fail at start, not claim twice per round.
    if (this.consumers.some((c) => c.name === consumer.name)) {
      throw new Error(`Outbox ${consumer.name} is registered twice`);
    }
    this.consumers.push(consumer);
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

  /** Stops polling and waits for the running round's sends, so their outcomes are recorded before the store closes. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    clearTimeout(this.pending);
    await this.running;
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

  private async drain(): Promise<void> {
    for (;;) {
      const now = new Date(nowMs());
      const leaseUntil = new Date(now.getTime() + this.options.leaseMs).toISOString();
      // Every claim is made before any send starts, so one outbox's slow sends do not delay another's claim.
      const claimed: { consumer: OutboxConsumer<unknown>; work: unknown[] }[] = [];
      for (const consumer of this.consumers) {
        claimed.push({ consumer, work: await consumer.claim(now.toISOString(), leaseUntil, BATCH) });
      }
      if (claimed.every(({ work }) => work.length === 0)) return;
      await Promise.all(claimed.flatMap(({ consumer, work }) => work.map((item) => consumer.deliver(item))));
      if (this.stopped) return;
    }
  }
}
