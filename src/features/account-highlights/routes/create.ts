import { createHighlight } from '../account-highlight.service.js';
import { defineRoute, ok } from '../../../core/http/route.js';

/** `{account_id}` is the account's id or one of its external ids; `expires_at`, if given, lies ahead. */
export default defineRoute({
  method: 'POST',
  url: '/accounts/:account_id/highlights',
  handler: async ({ request, deps, actor }) =>
    ok(request, await createHighlight(deps, actor, request.params.account_id, request.body)),
});
