import { defineRoute, ok } from '../../../core/http/route.js';
import { searchFeatureRequests } from '../feature-request.search.js';

export default defineRoute({
  method: 'POST',
  url: '/feature-requests/search',
  handler: async ({ request, deps, actor }) =>
    ok(request, await searchFeatureRequests(deps, actor, request.body ?? {})),
});
