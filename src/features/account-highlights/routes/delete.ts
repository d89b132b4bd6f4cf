import { deleteHighlight } from '../account-highlight.service.js';
import { defineRoute, ok } from '../../../core/http/route.js';

export default defineRoute({
  method: 'DELETE',
  url: '/accounts/:account_id/highlights/:highlight_id',
  handler: async ({ request, deps, actor }) =>
    ok(request, await deleteHighlight(deps, actor, request.params.account_id, request.params.highlight_id)),
});
