import type { FastifyInstance } from 'fastify';
import { contractOperations, toOpenApiPath, type ContractOperation } from '../../core/contract/spec.js';
import { AppError } from '../../core/errors.js';
import type { RouteDefinition } from '../../core/http/route.js';

/** `/issues/{id}/messages` → `/issues/:id/messages`. */
const toFastifyPath = (openApiPath: string): string => openApiPath.replace(/\{([A-Za-z_]+)\}/g, ':$1');

/** The contract's operations that no feature serves. */
export function unservedOperations(served: readonly Pick<RouteDefinition, 'method' | 'url'>[]): ContractOperation[] {
  const routes = new Set(served.map((route) => `${route.method} ${toOpenApiPath(route.url)}`));
  return contractOperations().filter((op) => !routes.has(`${op.method} ${op.path}`));
}

/**
 * An operation of the contract that Helpline does not implement answers 501 in the error envelope, naming the
 * operation, so a client learns what is missing instead of a bare "route not found". Signed-in callers only, like
 * every operation; left out of the served OpenAPI document, which lists what is served.
 */
export function registerNotImplemented(api: FastifyInstance, operations: readonly ContractOperation[]): void {
  for (const op of operations) {
    const message = `${op.operationId} (${op.method} ${op.path}) is not implemented by Helpline`;
    api.route({
      method: op.method as 'GET' | 'POST' | 'PATCH' | 'DELETE',
      url: toFastifyPath(op.path),
      schema: { hide: true },
      config: { auth: true, role: undefined, rateLimitPerMinute: undefined },
      handler: async () => {
        throw new AppError('not_implemented', message);
      },
    });
  }
}
