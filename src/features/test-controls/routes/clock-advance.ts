import { Type } from '@sinclair/typebox';
import { advanceClock, clockOffsetMs, nowMs } from '../../../core/clock.js';
import { one } from '../../../core/http/envelopes.js';
import { defineRoute, ok } from '../../../core/http/route.js';
import { CLOCK, describeTestControl } from '../test-controls.schemas.js';

/** Thirty days: far enough for any retry schedule or token expiry, short of what would make timestamps absurd. */
const MAX_ADVANCE_MS = 30 * 24 * 60 * 60 * 1000;

export default defineRoute({
  method: 'POST',
  url: '/helpline/test/clock',
  role: 'admin',
  testControl: true,
  schema: {
    summary: 'Advance the business clock',
    description: describeTestControl(
      'Moves business time forward by `advance_ms`, for the whole server process (every workspace); it never goes ' +
        'back. Webhook retries and email due by then go out at once; tokens past their expiry stop working.',
    ),
    body: Type.Object({
      advance_ms: Type.Integer({ minimum: 0, maximum: MAX_ADVANCE_MS, description: 'Milliseconds, up to 30 days.' }),
    }),
    response: one(CLOCK),
  },
  handler: async ({ request }) => {
    advanceClock(request.body.advance_ms);
    // Work scheduled before the new now is due: the worker claims it without waiting for its next poll.
    request.server.outbox.poke();
    return ok(request, { now: new Date(nowMs()).toISOString(), offset_ms: clockOffsetMs() });
  },
});
