import { defineRoute, ok } from '../../../core/http/route.js';
import { USER_ROLES } from '../user-role.catalog.js';

/** Every role fits on one page. */
export default defineRoute({
  method: 'GET',
  url: '/user-roles',
  handler: async ({ request }) =>
    ok(request, { data: [...USER_ROLES], pagination: { cursor: '', has_next_page: false } }),
});
