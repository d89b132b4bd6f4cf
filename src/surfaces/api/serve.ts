import type { FastifyInstance, FastifyReply, FastifyRequest, FastifySchema } from 'fastify';
import type { Config } from '../../config.js';
import type { Actor } from '../../core/actor.js';
import type { ContractOperation } from '../../core/contract/spec.js';
import { resolveRoute, type RouteDefinition } from '../../core/http/route.js';
import { checkRole } from './roles.js';
import { registerNotImplemented, unservedOperations } from './not-implemented.js';
import { loadApiRoutes } from './routes.js';

export interface ServedRoute {
  route: RouteDefinition;
  schema: FastifySchema;
  rateLimitPerMinute: number | undefined;
}

/** The operations of the public API this configuration serves, resolved against the contract, and the others. */
export interface ServedApi {
  routes: ServedRoute[];
  unserved: ContractOperation[];
}

export async function resolveServedApi(config: Config): Promise<ServedApi> {
  const served = (await loadApiRoutes()).filter((route) => config.testControls || !route.testControl);
  return { routes: served.map((route) => ({ route, ...resolveRoute(route) })), unserved: unservedOperations(served) };
}

/** Who is calling, from whatever credential the surface takes (a bearer token, a session cookie); 401 else. */
export type Authenticate = (request: FastifyRequest) => Promise<Actor>;
export type TakeAllowance = (request: FastifyRequest, reply: FastifyReply, actor: Actor) => Promise<void>;

/**
 * A surface's one `onRequest` hook, its checks in the order they depend on each other: who is calling, may they,
 * is there allowance. Routes without `auth` pass untouched.
 */
export function guardRoutes(instance: FastifyInstance, authenticate: Authenticate, takeAllowance: TakeAllowance) {
  instance.decorateRequest('actor', undefined);
  instance.addHook('onRequest', async (request, reply) => {
    const { auth, role } = request.routeOptions.config;
    if (auth !== true) return;
    const actor = await authenticate(request);
    request.actor = actor;
    checkRole(role, actor);
    await takeAllowance(request, reply, actor);
  });
}

/**
 * Every operation of the public API on `instance` (behind the hook `guardRoutes` added), the unserved ones as 501.
 * `hide` keeps a second copy (the console's) out of the served OpenAPI document, which describes the public API.
 */
export function registerApiRoutes(instance: FastifyInstance, api: ServedApi, options: { hide?: boolean } = {}) {
  for (const { route, schema, rateLimitPerMinute } of api.routes) {
    route.register(instance, { schema: options.hide ? { ...schema, hide: true } : schema, rateLimitPerMinute });
  }
  registerNotImplemented(instance, api.unserved);
}
