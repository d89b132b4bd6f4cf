import formbody from '@fastify/formbody';
import fp from 'fastify-plugin';
import { AppError } from '../errors.js';

/**
 * Text never carries U+0000: PostgreSQL cannot store it, so it is refused everywhere for the two databases to
 * behave alike.
 */
function refuseNulCharacter(value: string, where: string): string {
  if (value.includes('\u0000'))
    throw new AppError('invalid_request', `${where} must not contain NUL (U+0000) characters`);
  return value;
}

/** No request body of the API nests deeper than a few levels; a deeper one is refused before it is walked. */
export const MAX_BODY_DEPTH = 64;

/** `null` for an optional field is the same as leaving it out: drop null-valued keys at every depth. */
export function dropNulls(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return refuseNulCharacter(value, 'the request body');
  if (value === null || typeof value !== 'object') return value;
  if (depth >= MAX_BODY_DEPTH)
    throw new AppError('invalid_request', `The request body is nested too deeply (at most ${MAX_BODY_DEPTH} levels)`);
  if (Array.isArray(value)) return value.map((v) => dropNulls(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) if (v !== null) out[key] = dropNulls(v, depth + 1);
  return out;
}

/**
 * Bodies as real clients send them: JSON, form-encoded, or nothing at all whatever the Content-Type says.
 * A non-empty body of any other type is refused with 415.
 */
export default fp(
  async (app) => {
    const parseJson = app.getDefaultJsonParser('error', 'ignore');
    app.removeContentTypeParser('application/json');
    app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
      const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(String(request.headers['content-type']))?.[1];
      if (charset && !/^utf-?8$/i.test(charset)) {
        const named = charset.slice(0, 40);
        return done(new AppError('unsupported_media_type', `JSON must be UTF-8; charset=${named} is not supported`));
      }
      if ((body as string).trim() === '') return done(null, undefined);
      parseJson(request, body as string, done);
    });
    await app.register(formbody);
    app.removeContentTypeParser('text/plain');
    app.addContentTypeParser('*', { parseAs: 'buffer' }, (request, body, done) => {
      if ((body as Buffer).length === 0) return done(null, undefined);
      done(
        new AppError(
          'unsupported_media_type',
          `Content-Type ${String(request.headers['content-type'] ?? '(none)').slice(0, 100)} ` +
            `is not supported; send application/json`,
        ),
        undefined,
      );
    });
    app.addHook('preValidation', async (request) => {
      for (const value of Object.values((request.params ?? {}) as Record<string, unknown>))
        if (typeof value === 'string') refuseNulCharacter(value, 'the path');
      const query = (request.query ?? {}) as Record<string, unknown>;
      for (const value of Object.values(query)) {
        for (const v of [value].flat()) if (typeof v === 'string') refuseNulCharacter(v, 'the query string');
      }
      // A page size is decimal digits: "1e3", "0x10" or " 5" would otherwise pass as numbers.
      if (query.limit !== undefined && !(typeof query.limit === 'string' && /^\d{1,9}$/.test(query.limit))) {
        throw new AppError('invalid_request', 'limit must be a whole number written in decimal digits');
      }
      if (!request.routeOptions.schema?.body) return;
      request.body = request.body === undefined || request.body === null ? {} : dropNulls(request.body);
    });
  },
  { name: 'body-parsing', dependencies: ['error-handling'] },
);
