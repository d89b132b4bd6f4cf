import { getActivityTypes } from '../account-activity.service.js';
import { defineRoute, ok } from '../../../core/http/route.js';

/** The workspace's activity types: a built-in set (call, meeting, email, note, renewal, product usage). */
export default defineRoute({
  method: 'GET',
  url: '/activity-types',
  handler: async ({ request, deps, actor }) => ok(request, await getActivityTypes(deps, actor)),
});
