import type { LiveEvent } from './live-event.repository.js';

/**
 * The Server-Sent Events wire format of the live stream. Each event names itself by its id (a client that
 * reconnects sends the last as `Last-Event-ID`) and its type, and carries only ids: a client reads what changed
 * through the API, with the rights of its session.
 */
const oneLine = (text: string) => text.replace(/[\r\n]+/g, ' ');

export function eventFrame(event: LiveEvent): string {
  const data = { type: event.type, issue_id: event.issueId, subject_id: event.subjectId, created_at: event.createdAt };
  return `id: ${oneLine(event.id)}\nevent: ${oneLine(event.type)}\ndata: ${JSON.stringify(data)}\n\n`;
}

/** More events were missed than a resume replays: the client should read again what it shows. */
export const RESET_FRAME = 'event: reset\ndata: {}\n\n';

/** Tells the client how long to wait before reconnecting, and opens the stream at once. */
export const retryFrame = (ms: number) => `retry: ${ms}\n\n`;

/** A comment, which clients ignore: keeps proxies from closing an idle stream. */
export const HEARTBEAT_FRAME = ': keep-alive\n\n';
