import { clockOffsetMs, nowMs } from '../../../core/clock.js';
import { one } from '../../../core/http/envelopes.js';
import { defineRoute, ok } from '../../../core/http/route.js';
import { CLOCK, describeTestControl } from '../test-controls.schemas.js';

export default defineRoute({
  method: 'GET',
  url: '/helpline/test/clock',
  role: 'admin',
  testControl: true,
  schema: {
    summary: 'Read the business clock',
    description: describeTestControl(
      'The time Helpline stamps and schedules with, and how far it runs ahead of real time.',
    ),
    response: one(CLOCK),
  },
  handler: async ({ request }) => ok(request, { now: new Date(nowMs()).toISOString(), offset_ms: clockOffsetMs() }),
});
