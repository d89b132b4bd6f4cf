import fp from 'fastify-plugin';
import type { Config } from '../../config.js';
import type { Mailer } from '../mail/mailer.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** Sends agent replies on email issues; undefined when no `SMTP_URL` is configured. */
    mailer: Mailer | undefined;
  }
}

/**
 * The outgoing mail server. The mail library loads only when email is configured: the default server does not carry
 * it.
 */
export default fp<{ config: Config }>(
  async (app, { config }) => {
    const smtpUrl = config.email.smtpUrl;
    const mailer = smtpUrl ? (await import('../mail/mailer.js')).createSmtpMailer(smtpUrl) : undefined;
    app.decorate('mailer', mailer);
    if (mailer) app.addHook('onClose', async () => mailer.close());
  },
  { name: 'mailer' },
);
