import { createAccount, type CreateAccountInput } from '../../../domain/accounts.js';
import { defineRoute, ok } from '../../route.js';

export default defineRoute<{ Body: CreateAccountInput }>({
  method: 'POST',
  url: '/accounts',
  handler: async ({ request, deps, actor }) => ok(request, await createAccount(deps, actor, request.body)),
});
