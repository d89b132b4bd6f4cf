import fp from 'fastify-plugin';
import type { Config } from '../../config.js';
import { componentsReferencedBy } from '../../core/contract/spec.js';
import { createSerializerCompiler, createValidatorCompiler } from '../../core/http/validation.js';
import { authenticateRequest } from './bearer-auth.js';
import { allowanceCheck } from './rate-limit.js';
import { guardRoutes, registerApiRoutes, resolveServedApi } from './serve.js';

/**
 * The public API, Pylon's REST API and Helpline's extensions: every feature's `routes/`, behind bearer-token auth,
 * roles and per-workspace rate limits. Its hooks live in its own encapsulated context, so another surface (the agent
 * console) can serve the same services with its own authentication.
 */
export default fp<{ config: Config }>(
  async (app, { config }) => {
    const served = await resolveServedApi(config);
    // Contract components are shared schemas of the whole server, so the served OpenAPI document can refer to them.
    const sharedSchemas = componentsReferencedBy(served.routes.map((r) => r.schema));
    app.setValidatorCompiler(createValidatorCompiler(sharedSchemas));
    app.setSerializerCompiler(createSerializerCompiler(sharedSchemas));
    for (const schema of sharedSchemas) app.addSchema(schema);

    const takeAllowance = allowanceCheck(app.rateLimiter, config.rateLimitMultiplier);
    await app.register(async (api) => {
      guardRoutes(api, (request) => authenticateRequest(request, app.helpline), takeAllowance);
      registerApiRoutes(api, served);
    });
  },
  {
    name: 'api-surface',
    dependencies: ['error-handling', 'body-parsing', 'openapi', 'rate-limiter', 'services'],
  },
);
