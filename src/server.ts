import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import type { Config } from './config.js';
import { sqliteFileOf } from './core/store/dialects/sqlite.js';
import { firstAdminPasswordInvite } from './features/console-auth/password-link.service.js';
import { bootstrapIfEmpty } from './features/workspaces/workspace.service.js';

/** Where the CLI writes: `out` carries only machine-readable output (JSON), `err` carries text for people. */
export interface Output {
  out(line: string): void;
  err(line: string): void;
}

/** Where the database is, for people: SQLite's absolute path, or PostgreSQL's address without its password. */
export function describeDatabase(databaseUrl: string): string {
  if (/^postgres(ql)?:\/\//.test(databaseUrl)) return `PostgreSQL ${databaseUrl.replace(/:[^:@/]*@/, ':***@')}`;
  const file = sqliteFileOf(databaseUrl);
  return file === ':memory:' ? 'SQLite in memory (gone when the process stops)' : `SQLite ${file}`;
}

/**
 * Builds the app, creates the first workspace on an empty database, listens, and closes cleanly on a signal.
 * stdout is the JSON log stream, so the start-up banner goes to stderr: it is for the person at the terminal, and
 * the first start's token must not travel into log storage with the JSON lines.
 */
export async function startServer(config: Config, output: Output): Promise<FastifyInstance> {
  const app = await buildApp(config);
  const created = await bootstrapIfEmpty(app.helpline.store, config.bootstrapApiToken);
  await app.listen({ host: config.host, port: config.port });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const base = config.publicUrl.replace(/:\d+$/, `:${port}`);
  if (created) {
    const token = config.bootstrapApiToken ? '$BOOTSTRAP_API_TOKEN' : created.token;
    output.err('Helpline created workspace "Default" with an admin user and an API token.');
    if (!config.bootstrapApiToken) output.err(`API token (shown once, keep it safe): ${created.token}`);
    output.err(`Try it: curl -H "Authorization: Bearer ${token}" ${base}/me`);
  }
  // Until the first admin has a console password, every start prints a fresh one-time link to set it.
  const invite = await firstAdminPasswordInvite(app.helpline.store, base);
  if (invite) {
    output.err(`Set the admin's console password (one-time link, valid 7 days): ${invite.link}`);
    output.err(`Then sign in at ${base}/ as ${invite.email}.`);
  }
  output.err(`Database: ${describeDatabase(config.databaseUrl)}`);
  if (app.inboundSmtpPort !== undefined)
    output.err(`Inbound SMTP listening on ${config.email.inboundHost}:${app.inboundSmtpPort}`);
  output.err(`Helpline listening on ${base} (API reference: ${base}/docs)`);

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
