import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Config } from './config.js';
import { componentsReferencedBy } from './core/contract/spec.js';
import type { Deps } from './core/deps.js';
import { expireIdempotencyKeys } from './core/idempotency/run-idempotent.js';
import { answerFrameworkError, registerErrorHandling } from './core/http/errors.js';
import { registerAuth } from './surfaces/api/bearer-auth.js';
import { registerBodyParsing } from './core/plugins/body-parsing.js';
import { registerOpenApi } from './core/plugins/openapi.js';
import { registerMetrics } from './core/plugins/metrics.js';
import { registerRateLimit } from './surfaces/api/rate-limit.js';
import { resolveRoute } from './core/http/route.js';
import { ROUTES } from './surfaces/api/routes-index.js';
import { createValidatorCompiler, formatSchemaErrors } from './core/http/validation.js';
import type { Mailer } from './features/email/mailer.js';
import { DeliveryWorker } from './core/outbox/worker.js';
import { createRateLimiter } from './core/rate-limit/index.js';
import type { RateLimiter } from './core/rate-limit/rate-limiter.js';
import { openStore, type Store } from './core/store/database.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** What the domain runs on: exposed for the CLI's start-up work and for tests. */
    helpline: Deps;
    /** Named checks `GET /readyz` runs: each throws when its service does not answer. */
    readinessChecks: Record<string, () => Promise<void>>;
    /** The inbound SMTP listener's port, when it runs. */
    inboundSmtpPort: number | undefined;
  }
}

export interface AppParts {
  /** An already-open store (tests share one across apps); otherwise opened from `config.databaseUrl`. */
  store?: Store;
  rateLimiter?: RateLimiter;
  mailer?: Mailer;
  /** Run the delivery worker (default true). */
  deliver?: boolean;
}

const MAINTENANCE_INTERVAL_MS = 60 * 60 * 1000;

/** Builds the whole server from its configuration; the caller listens, or injects requests. */
export async function buildApp(config: Config, parts: AppParts = {}): Promise<FastifyInstance> {
  const store = parts.store ?? (await openStore(config.databaseUrl, { poolSize: config.databasePoolSize }));
  let logRedisError = (_error: Error) => {};
  const rateLimiter = parts.rateLimiter ?? (await createRateLimiter(config, (error) => logRedisError(error)));
  // Mail libraries load only when email is configured: the default server does not carry them.
  const mailer = parts.mailer ?? (config.email.smtpUrl ? (await import('./features/email/mailer.js')).createSmtpMailer(config.email.smtpUrl) : undefined);
  let worker: DeliveryWorker | undefined;
  const deps: Deps = {
    store,
    publicUrl: config.publicUrl,
    delivery: config.delivery,
    emailEnabled: mailer !== undefined,
    notifyDelivery: () => worker?.poke(),
  };
  const routes = ROUTES.map((route) => ({ route, ...resolveRoute(route) }));
  const sharedSchemas = componentsReferencedBy(routes.map((r) => r.schema));

  const app = Fastify({
    logger: { level: config.logLevel },
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    bodyLimit: config.bodyLimitBytes,
    // Slow clients cannot tie the server up: headers must arrive within HEADERS_TIMEOUT_MS and the whole request
    // within REQUEST_TIMEOUT_MS (checked every 100 ms at most), else the connection is answered 408 and closed.
    serverFactory: (handler) => {
      const server = createServer(
        {
          headersTimeout: config.headersTimeoutMs,
          requestTimeout: config.requestTimeoutMs,
          keepAliveTimeout: config.keepAliveTimeoutMs,
          connectionsCheckingInterval: Math.min(1_000, Math.max(100, Math.floor(config.headersTimeoutMs / 4))),
        },
        handler,
      );
      return server;
    },
    schemaErrorFormatter: formatSchemaErrors,
    frameworkErrors: answerFrameworkError,
    routerOptions: { maxParamLength: 500 },
  });
  app.decorate('helpline', deps);
  app.decorate('readinessChecks', {
    database: () => store.ping(),
    ...(config.redisUrl ? { redis: () => rateLimiter.ping() } : {}),
  });
  let lastRedisLog = 0;
  logRedisError = (error) => {
    // Redis reports every failed reconnect: say so once every ten seconds at most.
    if (Date.now() - lastRedisLog > 10_000) app.log.warn({ err: error }, 'Redis connection problem');
    lastRedisLog = Date.now();
  };
  app.setValidatorCompiler(createValidatorCompiler(sharedSchemas));
  for (const schema of sharedSchemas) app.addSchema(schema);
  app.addHook('onSend', async (request, reply) => {
    reply.header('X-Request-Id', request.id);
  });
  // A write may have committed events or email: tell the worker instead of letting it wait for its next poll.
  app.addHook('onResponse', async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') deps.notifyDelivery();
  });

  registerErrorHandling(app);
  registerMetrics(app, store, config.metricsToken);
  await registerBodyParsing(app);
  registerAuth(app, deps);
  registerRateLimit(app, rateLimiter, config.rateLimitMultiplier);
  await registerOpenApi(app, config.publicUrl);

  for (const { route, schema, rateLimitPerMinute } of routes) {
    app.route({
      method: route.method,
      url: route.url,
      schema,
      config: { auth: route.auth !== false, rateLimitPerMinute: route.auth === false ? undefined : rateLimitPerMinute },
      handler: (request, reply) =>
        route.handler({
          request: request as never,
          reply,
          deps,
          get actor() {
            if (!request.actor) throw new Error('No caller on an authenticated route');
            return request.actor;
          },
        }),
    });
  }

  const maintenance = setInterval(() => {
    expireIdempotencyKeys(deps).catch((error: unknown) => app.log.warn({ err: error }, 'idempotency key expiry failed'));
  }, MAINTENANCE_INTERVAL_MS);
  maintenance.unref();

  const inbound =
    config.email.inboundPort === undefined
      ? undefined
      : await (await import('./features/email/inbound-server.js')).startInboundSmtp(deps, { host: config.email.inboundHost, port: config.email.inboundPort, maxBytes: config.email.inboundMaxBytes, log: app.log });
  app.decorate('inboundSmtpPort', inbound?.port);

  if (parts.deliver !== false) {
    worker = new DeliveryWorker({ store, config: config.delivery, mailer, defaultFrom: config.email.defaultFrom, log: app.log });
    worker.start();
  }

  app.addHook('onClose', async () => {
    clearInterval(maintenance);
    await inbound?.close();
    await worker?.stop();
    mailer?.close();
    await rateLimiter.close();
    if (!parts.store) await store.close();
  });
  await app.ready();
  return app;
}
