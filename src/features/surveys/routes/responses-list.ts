import { defineRoute, ok } from '../../../core/http/route.js';
import { listSurveyResponses } from '../survey.service.js';

export default defineRoute({
  method: 'GET',
  url: '/surveys/:id/responses',
  handler: async ({ request, deps, actor }) =>
    ok(request, await listSurveyResponses(deps, actor, request.params.id, request.query)),
});
