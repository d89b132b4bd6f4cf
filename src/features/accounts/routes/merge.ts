import { mergeAccounts } from '../account-removal.js';
import { defineRoute, ok } from '../../../core/http/route.js';

/**
 * Admin only: the merged accounts are deleted for good. Answers the surviving account. The whole merge is one
 * transaction, so a failure leaves every account as it was.
 */
export default defineRoute({
  method: 'POST',
  url: '/accounts/merge',
  role: 'admin',
  handler: async ({ request, deps, actor }) => ok(request, await mergeAccounts(deps, actor, request.body)),
});
