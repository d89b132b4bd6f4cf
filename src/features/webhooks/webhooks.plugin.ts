import fp from 'fastify-plugin';
import type { Config } from '../../config.js';
import { createWebhookConsumer } from './webhook.consumer.js';

/** Webhooks: their outbox (signed deliveries of the workspace's events to its endpoints). */
export default fp<{ config: Config }>(
  async (app, { config }) => {
    app.outbox.register(createWebhookConsumer({ store: app.store, config: config.delivery, log: app.log }));
  },
  { name: 'webhooks', dependencies: ['outbox', 'store'] },
);
