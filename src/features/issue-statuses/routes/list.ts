import { defineRoute, ok } from '../../../core/http/route.js';
import { BASE_STATUSES, issueStatusJson } from '../issue-status.json.js';

/** The workspace's issue statuses: the five base states, on one page. */
export default defineRoute({
  method: 'GET',
  url: '/issue-statuses',
  handler: async ({ request }) =>
    ok(request, { data: BASE_STATUSES.map(issueStatusJson), pagination: { cursor: '', has_next_page: false } }),
});
