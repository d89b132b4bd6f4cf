import type { Middleware } from 'openapi-fetch';

/** A token, or a function giving the current one, so a rotated token is picked up without a new client. */
export type TokenSource = string | (() => string | Promise<string>);

export function authorizationMiddleware(token: TokenSource): Middleware {
  return {
    async onRequest({ request }) {
      const value = typeof token === 'function' ? await token() : token;
      request.headers.set('Authorization', `Bearer ${value}`);
    },
  };
}

/** The writes Helpline stores by Idempotency-Key: a retry of one with the same key returns the first result. */
export const IDEMPOTENT_WRITES = new Set(['/issues/{id}/reply', '/issues/{id}/note', '/issues/{id}/threads']);

/**
 * Gives each of those writes a fresh key unless the caller brought one. It is set once per call, before the retry
 * middleware copies the request, so every attempt of the call carries the same key and the write happens once.
 */
export function idempotencyKeyMiddleware(): Middleware {
  return {
    onRequest({ request, schemaPath }) {
      if (request.method !== 'POST' || !IDEMPOTENT_WRITES.has(schemaPath)) return;
      if (!request.headers.has('Idempotency-Key'))
        request.headers.set('Idempotency-Key', globalThis.crypto.randomUUID());
    },
  };
}
