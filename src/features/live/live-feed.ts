import { AppError } from '../../core/errors.js';
import type { Store } from '../../core/store/database.js';
import { SESSION_IDLE_MS } from '../console-auth/session.service.js';
import { eventIdFloor } from './event-ids.js';
import { eventFrame, HEARTBEAT_FRAME, RESET_FRAME } from './live-frames.js';
import { findLiveSessionIds, listLiveEvents, type LiveEvent } from './live-event.repository.js';

/** Where a live stream writes (an HTTP response, for the console). */
export interface LiveStream {
  write(chunk: string): void;
  /** Bytes written but not yet taken by the client. */
  backlog(): number;
  end(): void;
}

/** Who is listening: events of their workspace reach them while their session lasts. */
export interface LiveViewer {
  workspaceId: string;
  userId: string;
  sessionId: string;
}

export interface LiveFeedOptions {
  /** How often the stored events are read while anyone listens. */
  pollMs: number;
  heartbeatMs: number;
  /**
   * How long after its id is taken an event may still commit: ids are taken inside the transaction, so a slower
   * transaction can commit an id lower than one already read. Each read goes back this far and skips what it sent.
   */
  graceMs: number;
  /** The most events a resume (`Last-Event-ID`) replays; more, and the client is told to reload instead. */
  maxReplay: number;
  maxStreamsPerUser: number;
  /** A client this far behind is disconnected (it resumes from its last event when it reconnects). */
  maxBacklogBytes: number;
  /** Rows per read of the events. */
  batch: number;
}

export const LIVE_FEED_DEFAULTS: LiveFeedOptions = {
  pollMs: 500,
  heartbeatMs: 15_000,
  graceMs: 5_000,
  maxReplay: 500,
  maxStreamsPerUser: 10,
  maxBacklogBytes: 1 << 20,
  batch: 1_000,
};

export interface FeedLog {
  warn(details: object, message: string): void;
}

interface Listener {
  viewer: LiveViewer;
  /** Only events with a higher id reach this listener. */
  after: string;
  /** Null until the stream starts; events that come meanwhile wait in `waiting`. */
  stream: LiveStream | null;
  waiting: LiveEvent[];
  /** Sent by the resume already; the feed may see them again. */
  replayed: Set<string>;
}

/** One client's place in the feed. */
export interface Subscription {
  /**
   * Writes the events missed since `Last-Event-ID` (or the reset frame, when there were too many), those that came
   * while they were read, then each new one as it is stored.
   */
  start(stream: LiveStream): void;
  /** Stops sending (the client went away). */
  close(): void;
}

/**
 * The live stream of every console client of this process, from the events table, so an event stored by any
 * instance sharing the database reaches every client. One loop per process, whatever the number of clients: while
 * anyone listens, it reads the new events of the workspaces that have listeners (one query every `pollMs`) and
 * hands each to that workspace's clients; every `heartbeatMs` it writes a heartbeat and ends the streams whose
 * session ended (one query).
 */
export class LiveFeed {
  private readonly listeners = new Map<string, Set<Listener>>();
  /** Ids sent recently, which a read going back `graceMs` finds again. */
  private readonly seen = new Set<string>();
  /** The highest id read so far, while the loop runs. */
  private cursor: string | null = null;
  private pollTimer: NodeJS.Timeout | null = null;
  private heartbeatTimer: NodeJS.Timeout | null = null;
  private polling = false;
  private closed = false;

  constructor(
    private readonly store: Store,
    private readonly log: FeedLog,
    private readonly options: LiveFeedOptions = LIVE_FEED_DEFAULTS,
  ) {}

  /**
   * A client joins: from now on (and the last `graceMs`, so that a change committing while it connects is not
   * lost), or from after `lastEventId`. 429 when the user has too many streams open, 503 once the server closes.
   */
  async subscribe(viewer: LiveViewer, lastEventId: string | null): Promise<Subscription> {
    if (this.closed) throw new AppError('unavailable', 'The server is shutting down');
    const max = this.options.maxStreamsPerUser;
    if (this.streamsOf(viewer.userId) >= max) {
      throw new AppError('rate_limited', `At most ${max} live streams may be open per user`);
    }
    const listener: Listener = {
      viewer,
      after: lastEventId ?? this.recentFloor(),
      stream: null,
      waiting: [],
      replayed: new Set(),
    };
    // Listening before reading the replay: what is stored meanwhile waits, and nothing falls between the two.
    this.add(listener);
    let replay: LiveEvent[] | 'reset' = [];
    try {
      if (lastEventId !== null) replay = await this.readReplay(listener, lastEventId);
    } catch (error) {
      this.remove(listener);
      throw error;
    }
    return { start: (stream) => this.start(listener, stream, replay), close: () => this.remove(listener) };
  }

  /** Ends every stream and stops reading: the server is closing. */
  close(): void {
    this.closed = true;
    for (const listener of [...this.listeners.values()].flatMap((set) => [...set])) this.end(listener);
    this.stopLoops();
  }

  private recentFloor(): string {
    return eventIdFloor(Date.now() - this.options.graceMs);
  }

  private streamsOf(userId: string): number {
    let count = 0;
    for (const set of this.listeners.values()) for (const l of set) if (l.viewer.userId === userId) count++;
    return count;
  }

  private async readReplay(listener: Listener, lastEventId: string): Promise<LiveEvent[] | 'reset'> {
    const { maxReplay } = this.options;
    const missed = await listLiveEvents(this.store.db, [listener.viewer.workspaceId], lastEventId, maxReplay + 1);
    if (missed.length > maxReplay) {
      listener.after = this.recentFloor();
      return 'reset';
    }
    for (const event of missed) listener.replayed.add(event.id);
    return missed;
  }

  private start(listener: Listener, stream: LiveStream, replay: LiveEvent[] | 'reset'): void {
    if (this.closed || !this.isListening(listener)) {
      stream.end();
      return;
    }
    listener.stream = stream;
    const missed = replay === 'reset' ? RESET_FRAME : replay.map(eventFrame).join('');
    if (missed !== '') stream.write(missed);
    const waiting = listener.waiting;
    listener.waiting = [];
    for (const event of waiting) this.deliver(listener, event);
  }

  private isListening(listener: Listener): boolean {
    return this.listeners.get(listener.viewer.workspaceId)?.has(listener) === true;
  }

  private add(listener: Listener): void {
    const { workspaceId } = listener.viewer;
    const set = this.listeners.get(workspaceId) ?? new Set();
    set.add(listener);
    this.listeners.set(workspaceId, set);
    this.schedulePoll();
    this.heartbeatTimer ??= setInterval(() => void this.heartbeat(), this.options.heartbeatMs).unref();
  }

  private remove(listener: Listener): void {
    const { workspaceId } = listener.viewer;
    const set = this.listeners.get(workspaceId);
    if (!set?.delete(listener)) return;
    if (set.size === 0) this.listeners.delete(workspaceId);
    if (this.listeners.size === 0) this.stopLoops();
  }

  private end(listener: Listener): void {
    this.remove(listener);
    listener.stream?.end();
  }

  /** Nobody listens: the next listener starts afresh, from the last `graceMs`. */
  private stopLoops(): void {
    if (this.pollTimer) clearTimeout(this.pollTimer);
    if (this.heartbeatTimer) clearInterval(this.heartbeatTimer);
    this.pollTimer = null;
    this.heartbeatTimer = null;
    this.cursor = null;
    this.seen.clear();
  }

  private deliver(listener: Listener, event: LiveEvent): void {
    if (event.id <= listener.after || listener.replayed.has(event.id)) return;
    if (!listener.stream) {
      listener.waiting.push(event);
      return;
    }
    listener.stream.write(eventFrame(event));
    if (listener.stream.backlog() > this.options.maxBacklogBytes) this.end(listener);
  }

  private schedulePoll(): void {
    if (this.pollTimer || this.polling || this.closed || this.listeners.size === 0) return;
    this.pollTimer = setTimeout(() => void this.poll(), this.options.pollMs).unref();
  }

  private async poll(): Promise<void> {
    this.pollTimer = null;
    this.polling = true;
    try {
      await this.readNewEvents();
    } catch (error) {
      this.log.warn({ err: error }, 'live feed: reading the events failed; trying again');
    } finally {
      this.polling = false;
      this.schedulePoll();
    }
  }

  /** Reads from `graceMs` ago (or from the cursor, if older) and hands out each event not handed out yet. */
  private async readNewEvents(): Promise<void> {
    const floor = this.recentFloor();
    let after = this.cursor !== null && this.cursor < floor ? this.cursor : floor;
    for (const id of this.seen) if (id <= after) this.seen.delete(id);
    for (;;) {
      const workspaces = [...this.listeners.keys()];
      if (workspaces.length === 0) return;
      const events = await listLiveEvents(this.store.db, workspaces, after, this.options.batch);
      for (const event of events) {
        if (this.cursor === null || event.id > this.cursor) this.cursor = event.id;
        if (this.seen.has(event.id)) continue;
        this.seen.add(event.id);
        for (const listener of this.listeners.get(event.workspaceId) ?? []) this.deliver(listener, event);
      }
      if (events.length < this.options.batch) return;
      after = events[events.length - 1]!.id;
    }
  }

  /** Keeps idle streams open through proxies, and ends those whose session ended (signed out, expired, deactivated). */
  private async heartbeat(): Promise<void> {
    const all = [...this.listeners.values()].flatMap((set) => [...set]);
    for (const listener of all) listener.stream?.write(HEARTBEAT_FRAME);
    try {
      const now = Date.now();
      const live = await findLiveSessionIds(
        this.store.db,
        [...new Set(all.map((l) => l.viewer.sessionId))],
        new Date(now).toISOString(),
        new Date(now - SESSION_IDLE_MS).toISOString(),
      );
      for (const listener of all) if (!live.has(listener.viewer.sessionId)) this.end(listener);
    } catch (error) {
      this.log.warn({ err: error }, 'live feed: checking the sessions failed');
    }
  }
}
