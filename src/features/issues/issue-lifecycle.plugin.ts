import fp from 'fastify-plugin';
import { createSnoozeWaker } from './snooze-waker.js';

/** The waker of snoozed issues, which the outbox worker drives (and stops with the server). */
export default fp(
  async (app) => {
    app.outbox.register(createSnoozeWaker(app.helpline));
  },
  { name: 'issue-lifecycle', dependencies: ['services', 'outbox', 'store'] },
);
