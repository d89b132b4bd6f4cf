import fp from 'fastify-plugin';
import { bodyTag, ifNoneMatchHits } from '../http/conditional.js';

/**
 * Conditional GETs: every successful GET answer carries an ETag, and a request whose `If-None-Match` names it gets
 * 304 without a body. A route that knows its version before reading (a page of messages) sets its own ETag and
 * answers 304 itself; for the rest the tag is the answer's bytes, so it saves the transfer, not the work.
 */
export default fp(
  async (app) => {
    app.addHook('onSend', async (request, reply, payload) => {
      if (request.method !== 'GET' || reply.statusCode !== 200 || reply.hasHeader('etag')) return payload;
      if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
      const etag = bodyTag(payload, request.id);
      reply.header('etag', etag);
      if (!ifNoneMatchHits(request.headers['if-none-match'], etag)) return payload;
      reply.code(304).removeHeader('content-type');
      return '';
    });
  },
  { name: 'conditional-requests' },
);
