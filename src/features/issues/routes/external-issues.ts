import { linkOrUnlinkExternalIssue } from '../external-issues.js';
import { defineRoute, ok } from '../../../core/http/route.js';

/** Links (default) or unlinks (`operation: "unlink"`) an issue of another tracker; answers the issue. */
export default defineRoute({
  method: 'POST',
  url: '/issues/:id/external-issues',
  handler: async ({ request, deps, actor }) =>
    ok(request, await linkOrUnlinkExternalIssue(deps, actor, request.params.id, request.body)),
});
