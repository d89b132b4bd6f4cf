import { updateAccounts } from '../account-update.js';
import { defineRoute } from '../../../core/http/route.js';

/** All the accounts change, or none (an unknown id → 404); each change is announced as `account.updated`. */
export default defineRoute({
  method: 'PATCH',
  url: '/accounts',
  handler: async ({ request, deps, actor }) => {
    await updateAccounts(deps, actor, request.body);
    return { success: true, request_id: request.id };
  },
});
