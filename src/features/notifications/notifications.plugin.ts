import fp from 'fastify-plugin';
import type { Config } from '../../config.js';
import { createNotificationEmailConsumer } from './notification-email.consumer.js';
import { createNotificationFanOut } from './notification-fanout.consumer.js';

/**
 * Email notifications to agents: a new unassigned issue, a customer's reply on an assigned one. Two outboxes: the
 * fan-out decides the recipients of each recorded event, the second sends their emails. Without a mail server the
 * fan-out still empties its queue, and nothing is sent.
 */
export default fp<{ config: Config }>(
  async (app, { config }) => {
    const { mailer, store, log } = app;
    const delivery = config.delivery;
    app.outbox.register(createNotificationFanOut({ store, sending: mailer !== undefined, config: delivery, log }));
    if (!mailer) return;
    const { publicUrl } = config;
    const defaultFrom = config.email.defaultFrom;
    app.outbox.register(
      createNotificationEmailConsumer({ store, mailer, config: delivery, defaultFrom, publicUrl, log }),
    );
  },
  { name: 'notifications', dependencies: ['outbox', 'mailer', 'store'] },
);
