import { snoozeIssue } from '../issue-snooze.js';
import { defineRoute, ok } from '../../../core/http/route.js';

/** On hold until `snooze_until` (RFC 3339, in the future); the issue wakes by itself to `waiting_on_you`. */
export default defineRoute({
  method: 'POST',
  url: '/issues/:id/snooze',
  handler: async ({ request, deps, actor }) =>
    ok(request, await snoozeIssue(deps, actor, request.params.id, request.body)),
});
