import type { Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../../../config.js';
import { ok } from '../../../core/http/route.js';
import {
  getEmailSettings,
  updateEmailSettings,
  type InboundSmtp,
} from '../../../features/notifications/email-settings.service.js';
import { EMAIL_SETTINGS_PUT } from '../../../features/notifications/notification.schemas.js';
import { ADMIN, HIDDEN } from '../console-route.js';
import { sessionOf } from '../session-cookie.js';

/** The workspace's email settings (admins): its support address, the name its mail carries, the SMTP listener. */
export default function registerEmailSettingsRoutes(app: FastifyInstance, config: Config): void {
  const db = app.helpline.store.db;
  // The port the listener is bound to (INBOUND_SMTP_PORT=0 picks a free one), known once the email plugin started.
  const inbound = (): InboundSmtp => {
    const enabled = config.email.inboundPort !== undefined;
    return { enabled, port: enabled ? (app.inboundSmtpPort ?? config.email.inboundPort ?? null) : null };
  };

  app.get('/email-settings', { schema: HIDDEN, config: ADMIN }, async (request) =>
    ok(request, await getEmailSettings(db, sessionOf(request).actor, inbound())),
  );

  app.put<{ Body: Static<typeof EMAIL_SETTINGS_PUT> }>(
    '/email-settings',
    { schema: { ...HIDDEN, body: EMAIL_SETTINGS_PUT }, config: ADMIN },
    async (request) => ok(request, await updateEmailSettings(db, sessionOf(request).actor, request.body, inbound())),
  );
}
