import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { IdempotencyRequest } from '../idempotency/run-idempotent.js';

/** The Idempotency-Key of a write, with a fingerprint of what was asked (method, path, body). */
export function idempotencyRequest(request: FastifyRequest): IdempotencyRequest | undefined {
  const key = request.headers['idempotency-key'];
  if (key === undefined) return undefined;
  const value = Array.isArray(key) ? key.join(',') : key;
  const path = request.url.split('?')[0];
  const fingerprint = createHash('sha256')
    .update(`${request.method} ${path}\n${JSON.stringify(request.body ?? {})}`)
    .digest('hex');
  return { key: value, fingerprint };
}

/** Answers with a write's result, marking a replay of a stored one. */
export function answerIdempotent<T>(reply: FastifyReply, outcome: { value: T; replayed: boolean }): T {
  if (outcome.replayed) reply.header('Idempotent-Replayed', 'true');
  return outcome.value;
}
