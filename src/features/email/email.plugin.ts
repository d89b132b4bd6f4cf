import fp from 'fastify-plugin';
import type { Config } from '../../config.js';
import { createEmailConsumer } from './email.consumer.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** The inbound SMTP listener's port, when it runs. */
    inboundSmtpPort: number | undefined;
  }
}

/**
 * Email: the outbox of agent replies on email issues (when a mail server is configured; without one, email stays
 * queued until a server with one sends it), and the built-in SMTP listener for customer mail (when
 * `INBOUND_SMTP_PORT` is set), closed with the server.
 */
export default fp<{ config: Config }>(
  async (app, { config }) => {
    const { mailer, store, log } = app;
    if (mailer) {
      const defaultFrom = config.email.defaultFrom;
      app.outbox.register(createEmailConsumer({ store, config: config.delivery, mailer, defaultFrom, log }));
    }
    const { inboundPort, inboundHost, inboundMaxBytes, inboundMaxClients } = config.email;
    if (inboundPort === undefined) {
      app.decorate('inboundSmtpPort', undefined);
      return;
    }
    // The SMTP server library loads only when the listener runs.
    const { startInboundSmtp } = await import('./inbound-server.js');
    const inbound = await startInboundSmtp(app.helpline, {
      host: inboundHost,
      port: inboundPort,
      maxBytes: inboundMaxBytes,
      maxClients: inboundMaxClients,
      log,
    });
    app.decorate('inboundSmtpPort', inbound.port);
    app.addHook('onClose', () => inbound.close());
  },
  { name: 'email', dependencies: ['outbox', 'mailer', 'services'] },
);
