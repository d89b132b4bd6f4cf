import { setTimeout as sleep } from 'node:timers/promises';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ErrorBody } from '../../core/http/errors.js';
import type { Fault, FaultBook } from './fault-book.js';

/** Where the test controls live: never faulted, so a test can always clear the faults it set. */
export const TEST_CONTROLS_PREFIX = '/helpline/test/';

const answer = async (request: FastifyRequest, reply: FastifyReply, status: number, message: string) => {
  const body: ErrorBody = { errors: [message], request_id: request.id };
  reply.status(status).type('application/json; charset=utf-8').send(body);
  // Waits for the answer to be written, so Fastify sees the reply as sent and goes no further with the request.
  await reply;
};

async function inflict(fault: Fault, request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const injected = `Fault injected by the test controls (${fault.method} ${fault.path})`;
  switch (fault.kind) {
    case 'status':
      return answer(request, reply, fault.status!, `${injected}: ${fault.status}`);
    case 'rate_limit':
      reply.header('Retry-After', fault.retry_after_s!);
      return answer(request, reply, 429, `${injected}: rate limited; retry in ${fault.retry_after_s} s`);
    case 'latency':
      // Then the request goes on as usual.
      await sleep(fault.latency_ms!);
      return;
    case 'drop':
      // The connection closes without an answer, as when a proxy or the network fails mid-request.
      reply.hijack();
      reply.raw.destroy();
      return;
  }
}

/**
 * The hook that applies injected faults. It is added at the root at the preParsing stage, which Fastify runs after
 * the onRequest hooks of every context: the API surface has authenticated the caller by then, so a fault is matched
 * on the caller's workspace (`request.actor`) with no second token lookup, and a bad token still gets its own 401.
 * Requests without a caller (health, metrics, documents) and the test controls themselves are never faulted.
 */
export function faultInjectionHook(faults: FaultBook) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    if (faults.isEmpty()) return;
    const routeUrl = request.routeOptions.url;
    const actor = request.actor;
    if (!actor || !routeUrl || routeUrl.startsWith(TEST_CONTROLS_PREFIX)) return;
    const path = request.url.split('?')[0]!;
    const fault = faults.take(actor.workspaceId, { method: request.method, routeUrl, path });
    if (fault) await inflict(fault, request, reply);
  };
}
