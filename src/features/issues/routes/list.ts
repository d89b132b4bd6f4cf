import { invalid } from '../../../core/errors.js';
import { listIssues } from '../issue.service.js';
import { defineRoute, ok } from '../../../core/http/route.js';

/** Issues created in [start_time, end_time] (at most 30 days), oldest first. */
export default defineRoute({
  method: 'GET',
  url: '/issues',
  handler: async ({ request, deps, actor }) => {
    const { start_time, end_time, cursor, limit } = request.query;
    if (!start_time || !end_time) throw invalid('start_time and end_time are required (RFC 3339)');
    return ok(request, await listIssues(deps, actor, { start_time, end_time, cursor, limit }));
  },
});
