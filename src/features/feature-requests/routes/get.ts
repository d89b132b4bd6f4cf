import { defineRoute, ok } from '../../../core/http/route.js';
import { getFeatureRequest } from '../feature-request.service.js';

export default defineRoute({
  method: 'GET',
  url: '/feature-requests/:id',
  handler: async ({ request, deps, actor }) =>
    ok(request, await getFeatureRequest(deps, actor, request.params.id, request.query.fetch_evidence === true)),
});
