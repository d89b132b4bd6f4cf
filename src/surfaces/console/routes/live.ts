import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { invalid } from '../../../core/errors.js';
import { isEventId } from '../../../features/live/event-ids.js';
import { retryFrame } from '../../../features/live/live-frames.js';
import type { LiveStream } from '../../../features/live/live-feed.js';
import { HIDDEN, SIGNED_IN } from '../console-route.js';
import { sessionOf } from '../session-cookie.js';

/** How long a client waits before reconnecting after the stream drops. */
const RECONNECT_MS = 2_000;

/** `Last-Event-ID`: the id of the last event the client received, which a browser's EventSource sends again. */
function lastEventIdOf(request: FastifyRequest): string | null {
  const header = request.headers['last-event-id'];
  if (header === undefined || header === '') return null;
  const value = (Array.isArray(header) ? header.join(',') : header).trim().toLowerCase();
  if (!isEventId(value)) throw invalid('Last-Event-ID must be the id of an event this stream sent');
  return value;
}

/**
 * The response as a stream of events. The connection closes with the stream (`Connection: close`): a stream ends
 * only when the client leaves or the server closes, and then nothing else is to be sent on it.
 */
function openStream(request: FastifyRequest, reply: FastifyReply): LiveStream {
  // From here on Fastify sends nothing: the hooks that set the usual headers do not run, so they are set here.
  reply.hijack();
  const response = reply.raw;
  for (const [name, value] of Object.entries(reply.getHeaders()))
    if (value !== undefined) response.setHeader(name, value);
  response.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    connection: 'close',
    'x-accel-buffering': 'no',
    'x-request-id': request.id,
  });
  response.write(retryFrame(RECONNECT_MS));
  return {
    write: (chunk) => void (response.writableEnded || response.destroyed || response.write(chunk)),
    backlog: () => response.writableLength,
    end: () => void (response.writableEnded || response.end()),
  };
}

/**
 * `GET /live` (any signed-in role): Server-Sent Events, one per event stored for the signed-in user's workspace
 * from now on, by any instance sharing the database (`id:` the event id, `event:` its type, `data:` its type, issue,
 * subject and time; never content). `Last-Event-ID` resumes after that event. A comment every 15 s keeps the
 * stream open; it ends when the session ends or the server closes.
 */
export default function registerLiveRoutes(app: FastifyInstance): void {
  app.get('/live', { schema: HIDDEN, config: SIGNED_IN, exposeHeadRoute: false }, async (request, reply) => {
    const session = sessionOf(request);
    const viewer = { workspaceId: session.actor.workspaceId, userId: session.actor.userId, sessionId: session.id };
    // Errors up to here are answered as usual (the error envelope); once the stream is open, it only ends.
    const subscription = await app.liveFeed.subscribe(viewer, lastEventIdOf(request));
    const stream = openStream(request, reply);
    reply.raw.once('close', () => subscription.close());
    // The client may have left while the replay was read: then 'close' has been and gone.
    if (reply.raw.destroyed || reply.raw.socket?.destroyed !== false) subscription.close();
    else subscription.start(stream);
    return reply;
  });
}
