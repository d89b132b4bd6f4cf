import { createActivity } from '../account-activity.service.js';
import { defineRoute, ok } from '../../../core/http/route.js';

/** `slug` names one of the workspace's activity types (`GET /activity-types`); an unknown one → 404. */
export default defineRoute({
  method: 'POST',
  url: '/accounts/:id/activities',
  handler: async ({ request, deps, actor }) =>
    ok(request, await createActivity(deps, actor, request.params.id, request.body)),
});
