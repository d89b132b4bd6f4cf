import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import Fastify, { type FastifyInstance, type FastifyPluginAsync } from 'fastify';
import type { Config } from './config.js';
import { importFeatureModules } from './core/discovery.js';
import { answerClientError } from './core/http/client-errors.js';
import { answerFrameworkError } from './core/http/errors.js';
import { serializeRequest } from './core/http/log-serializers.js';
import { formatSchemaErrors } from './core/http/validation.js';
import { orderByDependencies } from './core/plugin-order.js';
import blobStore from './core/plugins/blob-store.js';
import bodyParsing from './core/plugins/body-parsing.js';
import conditionalRequests from './core/plugins/conditional-requests.js';
import errorHandling from './core/plugins/error-handling.js';
import idempotencyExpiry from './core/plugins/idempotency-expiry.js';
import mailer from './core/plugins/mailer.js';
import metrics from './core/plugins/metrics.js';
import openApi from './core/plugins/openapi.js';
import outbox from './core/plugins/outbox.js';
import rateLimiter from './core/plugins/rate-limiter.js';
import services from './core/plugins/services.js';
import store from './core/plugins/store.js';
import apiSurface from './surfaces/api/index.js';
import consolePages from './surfaces/console/pages.js';
import consoleSurface from './surfaces/console/index.js';

export interface AppOptions {
  /** Run the outbox worker (default true). */
  deliver?: boolean;
}

type FeaturePlugin = FastifyPluginAsync<{ config: Config }>;

/** A feature's own plugin (`features/<resource>/<resource>.plugin.ts`), when it starts or registers something. */
const FEATURE_PLUGIN = /^[^/]+\/[^/]+\.plugin\.[jt]s$/;

/**
 * Builds the whole server from its configuration; the caller listens, or injects requests. Three layers, in order:
 * the infrastructure (store, limits, mail, outbox, HTTP plumbing), the features' own plugins (found by their file
 * name, ordered by the dependencies each declares), then the surfaces that serve the features' routes.
 */
export async function buildApp(config: Config, options: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: config.logLevel, serializers: { req: serializeRequest } },
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    bodyLimit: config.bodyLimitBytes,
    // Slow clients cannot tie the server up: headers must arrive within HEADERS_TIMEOUT_MS and the whole request
    // within REQUEST_TIMEOUT_MS (checked every 100 ms at most), else the connection is answered 408 and closed.
    serverFactory: (handler) =>
      createServer(
        {
          headersTimeout: config.headersTimeoutMs,
          requestTimeout: config.requestTimeoutMs,
          keepAliveTimeout: config.keepAliveTimeoutMs,
          connectionsCheckingInterval: Math.min(1_000, Math.max(100, Math.floor(config.headersTimeoutMs / 4))),
        },
        handler,
      ),
    schemaErrorFormatter: formatSchemaErrors,
    frameworkErrors: answerFrameworkError,
    clientErrorHandler: answerClientError,
    routerOptions: { maxParamLength: 500 },
    // Behind reverse proxies named in TRUST_PROXY, request.ip is the client's address (sign-in limits, logs).
    ...(config.trustedProxies.length > 0 ? { trustProxy: config.trustedProxies } : {}),
    // Starting may take as long as the migrations need (a backfill over millions of rows): no plugin timeout.
    pluginTimeout: 0,
  });

  // Infrastructure. Each plugin stops what it starts in its own onClose; Fastify closes them in reverse order.
  await app.register(store, { config });
  await app.register(rateLimiter, { config });
  await app.register(mailer, { config });
  await app.register(outbox, { config, deliver: options.deliver });
  await app.register(blobStore, { config });
  await app.register(services, { config });
  await app.register(idempotencyExpiry);
  await app.register(errorHandling);
  await app.register(metrics, { metricsToken: config.metricsToken });
  await app.register(bodyParsing);
  await app.register(conditionalRequests);
  await app.register(openApi, { publicUrl: config.publicUrl });

  // Features.
  const features = await importFeatureModules<{ default: FeaturePlugin }>(FEATURE_PLUGIN);
  for (const plugin of orderByDependencies(features.map((found) => found.module.default))) {
    await app.register(plugin, { config });
  }

  // Surfaces. The console's pages come first: a browser following an issue's link gets the page, not the API.
  await app.register(consolePages);
  await app.register(apiSurface, { config });
  await app.register(consoleSurface, { config });

  await app.ready();
  return app;
}
