import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import fp from 'fastify-plugin';
import { importModules } from '../../core/discovery.js';
import type { Config } from '../../config.js';
import { allowanceCheck } from '../api/rate-limit.js';
import { guardRoutes, registerApiRoutes, resolveServedApi } from '../api/serve.js';
import { authenticateConsoleRequest } from './session-cookie.js';
import type { ConsoleRoutes } from './console-route.js';

const PREFIX = '/console/api';
const API_PREFIX = `${PREFIX}/v1`;
/** The console's own routes, one file per area: `routes/<name>.ts` (see console-route.ts). */
const ROUTES_DIR = fileURLToPath(new URL('./routes/', import.meta.url));
const ROUTE_FILE = /^[^/]+\.[jt]s$/;

/**
 * The agent console's server side: sign-in with a password and a session cookie, and the whole public API again
 * under `/console/api/v1`, authenticated by the session instead of a bearer token: the same operations, shapes,
 * roles, errors and per-workspace allowance (a console call draws on the same allowance as the API call it
 * mirrors). Unsafe methods need the session's CSRF token. Left out of the served OpenAPI document, which describes
 * the public API.
 */
export default fp<{ config: Config }>(
  async (app, { config }) => {
    const served = await resolveServedApi(config);
    const takeAllowance = allowanceCheck(app.rateLimiter, config.rateLimitMultiplier, API_PREFIX);
    await app.register(
      async (consoleApi) => {
        await consoleApi.register(cookie);
        consoleApi.decorateRequest('consoleSession', undefined);
        guardRoutes(consoleApi, (request) => authenticateConsoleRequest(request, app.helpline), takeAllowance);
        for (const { module } of await importModules<{ default: ConsoleRoutes }>(ROUTES_DIR, ROUTE_FILE)) {
          await module.default(consoleApi, config);
        }
        await consoleApi.register(async (api) => registerApiRoutes(api, served, { hide: true }), { prefix: '/v1' });
      },
      { prefix: PREFIX },
    );
  },
  {
    name: 'console-surface',
    dependencies: ['api-surface', 'error-handling', 'body-parsing', 'rate-limiter', 'services'],
  },
);
