import fp from 'fastify-plugin';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { AppError } from '../errors.js';

/**
 * Prometheus metrics at `GET /metrics` (prom-client): requests by route and status with latency histograms,
 * rate-limit rejections, database pool use, and the process's own figures. With a metrics token, only a caller
 * presenting it may read them.
 */
export default fp<{ metricsToken: string | undefined }>(
  async (app, { metricsToken }) => {
    const { store } = app;
    const registry = new Registry();
    collectDefaultMetrics({ register: registry, prefix: 'helpline_' });
    const labelNames = ['method', 'route', 'status'] as const;
    const requests = new Counter({
      name: 'helpline_http_requests_total',
      help: 'HTTP requests answered',
      labelNames,
      registers: [registry],
    });
    const duration = new Histogram({
      name: 'helpline_http_request_duration_seconds',
      help: 'Time to answer an HTTP request',
      labelNames,
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    });
    const rejections = new Counter({
      name: 'helpline_rate_limit_rejections_total',
      help: 'Requests refused by a rate limit (429)',
      labelNames: ['route'],
      registers: [registry],
    });
    new Gauge({
      name: 'helpline_db_pool_connections',
      help: 'Database connections by state',
      labelNames: ['state'],
      registers: [registry],
      collect() {
        const stats = store.poolStats();
        this.set({ state: 'total' }, stats.total);
        this.set({ state: 'idle' }, stats.idle);
        this.set({ state: 'waiting' }, stats.waiting);
      },
    });

    app.addHook('onResponse', async (request, reply) => {
      // The route template, never the raw URL: ids in paths would make every request its own series.
      const route = request.routeOptions.url ?? 'unmatched';
      const labels = { method: request.method, route, status: String(reply.statusCode) };
      requests.inc(labels);
      duration.observe(labels, reply.elapsedTime / 1000);
      if (reply.statusCode === 429) rejections.inc({ route });
    });

    app.get('/metrics', { schema: { hide: true } }, async (request, reply) => {
      if (metricsToken && request.headers.authorization !== `Bearer ${metricsToken}`) {
        throw new AppError('unauthorized', 'GET /metrics needs Authorization: Bearer <METRICS_TOKEN>');
      }
      reply.type(registry.contentType);
      return registry.metrics();
    });
  },
  { name: 'metrics', dependencies: ['store', 'error-handling'] },
);
