import { updateAccount } from '../account-update.js';
import { defineRoute, ok } from '../../../core/http/route.js';

/**
 * `{id}` is the account's id or one of its external ids. Only the fields sent change; `owner_id: ""` removes the
 * owner; `external_ids` and `tags` replace the account's; `subaccount_ids` adds children. An external id of another
 * account → 400 with `exists_id`.
 */
export default defineRoute({
  method: 'PATCH',
  url: '/accounts/:id',
  handler: async ({ request, deps, actor }) =>
    ok(request, await updateAccount(deps, actor, request.params.id, request.body)),
});
