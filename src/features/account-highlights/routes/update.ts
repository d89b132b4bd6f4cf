import { updateHighlight } from '../account-highlight.service.js';
import { defineRoute, ok } from '../../../core/http/route.js';

/** Only the fields sent change; `expires_at: ""` makes the highlight permanent. */
export default defineRoute({
  method: 'PATCH',
  url: '/accounts/:account_id/highlights/:highlight_id',
  handler: async ({ request, deps, actor }) =>
    ok(
      request,
      await updateHighlight(deps, actor, request.params.account_id, request.params.highlight_id, request.body),
    ),
});
