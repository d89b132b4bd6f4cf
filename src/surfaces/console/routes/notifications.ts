import type { Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { ok } from '../../../core/http/route.js';
import { countUnreadIssues, markIssueRead } from '../../../features/notifications/issue-read.service.js';
import {
  getNotificationSettings,
  updateNotificationSettings,
} from '../../../features/notifications/notification-settings.service.js';
import { ISSUE_PARAMS, NOTIFICATION_SETTINGS_PATCH } from '../../../features/notifications/notification.schemas.js';
import { HIDDEN, SIGNED_IN } from '../console-route.js';
import { sessionOf } from '../session-cookie.js';

/** The signed-in user's notification switches, their unread issues, and marking an issue read. */
export default function registerNotificationRoutes(app: FastifyInstance): void {
  const db = app.helpline.store.db;

  app.get('/notifications/settings', { schema: HIDDEN, config: SIGNED_IN }, async (request) =>
    ok(request, await getNotificationSettings(db, sessionOf(request).actor)),
  );

  app.patch<{ Body: Static<typeof NOTIFICATION_SETTINGS_PATCH> }>(
    '/notifications/settings',
    { schema: { ...HIDDEN, body: NOTIFICATION_SETTINGS_PATCH }, config: SIGNED_IN },
    async (request) => ok(request, await updateNotificationSettings(db, sessionOf(request).actor, request.body)),
  );

  app.get('/unread', { schema: HIDDEN, config: SIGNED_IN }, async (request) =>
    ok(request, await countUnreadIssues(db, sessionOf(request).actor)),
  );

  app.post<{ Params: Static<typeof ISSUE_PARAMS> }>(
    '/issues/:id/read',
    { schema: { ...HIDDEN, params: ISSUE_PARAMS }, config: SIGNED_IN },
    async (request) => ok(request, await markIssueRead(db, sessionOf(request).actor, request.params.id)),
  );
}
