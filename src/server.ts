import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import type { Config } from './config.js';
import { bootstrapIfEmpty } from './features/workspaces/workspace.service.js';

export interface Output {
  out(line: string): void;
  err(line: string): void;
}

/** Builds the app, creates the first workspace on an empty database, listens, and closes cleanly on a signal. */
export async function startServer(config: Config, output: Output): Promise<FastifyInstance> {
  const app = await buildApp(config);
  const created = await bootstrapIfEmpty(app.helpline.store, config.bootstrapApiToken);
  await app.listen({ host: config.host, port: config.port });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const base = config.publicUrl.replace(/:\d+$/, `:${port}`);
  if (created) {
    const token = config.bootstrapApiToken ? '$BOOTSTRAP_API_TOKEN' : created.token;
    output.out('Helpline created workspace "Default" with an admin user and an API token.');
    if (!config.bootstrapApiToken) output.out(`API token (shown once, keep it safe): ${created.token}`);
    output.out(`Try it: curl -H "Authorization: Bearer ${token}" ${base}/me`);
  }
  if (app.inboundSmtpPort !== undefined)
    output.out(`Inbound SMTP listening on ${config.email.inboundHost}:${app.inboundSmtpPort}`);
  output.out(`Helpline listening on ${base} (API reference: ${base}/docs)`);

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) {
      output.err(`${signal} again: exiting now`);
      process.exit(1);
    }
    closing = true;
    app.log.info({ signal }, 'shutting down: finishing requests in flight');
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        app.log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
  return app;
}
