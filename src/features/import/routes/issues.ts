import { defineRoute, ok } from '../../../core/http/route.js';
import { importIssue } from '../import-issue.js';

/**
 * Admin only: an import writes history in other people's names. A ticket id (or `issue_number`) already imported
 * → 400 with `exists_id`; attachment URLs that cannot be kept are left out and listed in `warnings`.
 */
export default defineRoute({
  method: 'POST',
  url: '/import/issues',
  role: 'admin',
  handler: async ({ request, deps, actor }) => ok(request, await importIssue(deps, actor, request.body)),
});
