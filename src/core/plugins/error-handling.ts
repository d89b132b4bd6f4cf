import fp from 'fastify-plugin';
import type { FastifyError } from 'fastify';
import { AppError } from '../errors.js';
import { classify, sendError } from '../http/errors.js';

/**
 * The request id on every answer, and one error handler for the whole app: AppError by its code, framework errors by
 * theirs, anything else a bare 500.
 */
/** Same-origin scripts, styles and images only; no framing, no plugins, forms post back here. */
const HTML_POLICY =
  "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; object-src 'none'; " +
  "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

export default fp(
  async (app) => {
    app.addHook('onSend', async (request, reply) => {
      reply.header('X-Request-Id', request.id);
      // Every HTML answer says where its scripts may come from; a page that needs more sets its own policy.
      const html = String(reply.getHeader('content-type')).startsWith('text/html');
      if (html && !reply.hasHeader('content-security-policy')) reply.header('Content-Security-Policy', HTML_POLICY);
    });
    app.setErrorHandler((error: FastifyError, request, reply) => {
      if (error instanceof AppError) return sendError(request, reply, error.code, error.message, error.existsId);
      const { code, message } = classify(error);
      if (code === 'internal') request.log.error({ err: error }, 'request failed');
      return sendError(request, reply, code, message);
    });
    app.setNotFoundHandler((request, reply) =>
      sendError(
        request,
        reply,
        'not_found',
        `No route ${request.method} ${(request.url.split('?')[0] ?? '').slice(0, 200)}`,
      ),
    );
  },
  { name: 'error-handling' },
);
