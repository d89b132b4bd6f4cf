import formbody from '@fastify/formbody';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../../domain/errors.js';

/** `null` for an optional field is the same as leaving it out: drop null-valued keys at every depth. */
export function dropNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(dropNulls);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) if (v !== null) out[key] = dropNulls(v);
  return out;
}

/**
 * Bodies as real clients send them: JSON, form-encoded, or nothing at all whatever the Content-Type says.
 * A non-empty body of any other type is refused with 415.
 */
export async function registerBodyParsing(app: FastifyInstance): Promise<void> {
  const parseJson = app.getDefaultJsonParser('error', 'ignore');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    if ((body as string).trim() === '') return done(null, undefined);
    parseJson(request, body as string, done);
  });
  await app.register(formbody);
  app.removeContentTypeParser('text/plain');
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (request, body, done) => {
    if ((body as Buffer).length === 0) return done(null, undefined);
    done(new AppError('unsupported_media_type', `Content-Type ${String(request.headers['content-type'] ?? '(none)').slice(0, 100)} is not supported; send application/json`), undefined);
  });
  app.addHook('preValidation', async (request) => {
    if (!request.routeOptions.schema?.body) return;
    request.body = request.body === undefined || request.body === null ? {} : dropNulls(request.body);
  });
}
