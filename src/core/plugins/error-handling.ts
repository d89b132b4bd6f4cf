import fp from 'fastify-plugin';
import type { FastifyError } from 'fastify';
import { AppError } from '../errors.js';
import { classify, sendError } from '../http/errors.js';

/**
 * The request id on every answer, and one error handler for the whole app: AppError by its code, framework errors by
 * theirs, anything else a bare 500.
 */
export default fp(
  async (app) => {
    app.addHook('onSend', async (request, reply) => {
      reply.header('X-Request-Id', request.id);
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
