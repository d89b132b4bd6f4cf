import fp from 'fastify-plugin';
import type { Config } from '../../config.js';
import { componentsReferencedBy } from '../../core/contract/spec.js';
import { resolveRoute } from '../../core/http/route.js';
import { createSerializerCompiler, createValidatorCompiler } from '../../core/http/validation.js';
import { authenticateRequest } from './bearer-auth.js';
import { allowanceCheck } from './rate-limit.js';
import { checkRole } from './roles.js';
import { registerNotImplemented, unservedOperations } from './not-implemented.js';
import { loadApiRoutes } from './routes.js';

/**
 * The public API, Pylon's REST API and Helpline's extensions: every feature's `routes/`, behind bearer-token auth,
 * roles and per-workspace rate limits. Its hooks live in its own encapsulated context, so another surface (the agent
 * console) can serve the same services with its own authentication.
 */
export default fp<{ config: Config }>(
  async (app, { config }) => {
    const served = (await loadApiRoutes()).filter((route) => config.testControls || !route.testControl);
    const routes = served.map((route) => ({ route, ...resolveRoute(route) }));
    // Contract components are shared schemas of the whole server, so the served OpenAPI document can refer to them.
    const sharedSchemas = componentsReferencedBy(routes.map((r) => r.schema));
    app.setValidatorCompiler(createValidatorCompiler(sharedSchemas));
    app.setSerializerCompiler(createSerializerCompiler(sharedSchemas));
    for (const schema of sharedSchemas) app.addSchema(schema);

    const takeAllowance = allowanceCheck(app.rateLimiter, config.rateLimitMultiplier);
    await app.register(async (api) => {
      api.decorateRequest('actor', undefined);
      // One hook, its checks in the order they depend on each other: who is calling, may they, is there allowance.
      api.addHook('onRequest', async (request, reply) => {
        const { auth, role } = request.routeOptions.config;
        if (auth !== true) return;
        const actor = await authenticateRequest(request, app.helpline);
        request.actor = actor;
        checkRole(role, actor);
        await takeAllowance(request, reply, actor);
      });
      for (const { route, schema, rateLimitPerMinute } of routes) route.register(api, { schema, rateLimitPerMinute });
      registerNotImplemented(api, unservedOperations(served));
    });
  },
  {
    name: 'api-surface',
    dependencies: ['error-handling', 'body-parsing', 'openapi', 'rate-limiter', 'services'],
  },
);
