import fp from 'fastify-plugin';
import { expireIdempotencyKeys } from '../idempotency/run-idempotent.js';

const EXPIRY_INTERVAL_MS = 60 * 60 * 1000;

/** Forgets stored Idempotency-Key responses past their retention, hourly, for as long as the server runs. */
export default fp(
  async (app) => {
    const timer = setInterval(() => {
      expireIdempotencyKeys(app.helpline).catch((error: unknown) =>
        app.log.warn({ err: error }, 'idempotency key expiry failed'),
      );
    }, EXPIRY_INTERVAL_MS);
    timer.unref();
    app.addHook('onClose', async () => clearInterval(timer));
  },
  { name: 'idempotency-expiry', dependencies: ['services'] },
);
