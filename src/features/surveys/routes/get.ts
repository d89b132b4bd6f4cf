import { defineRoute, ok } from '../../../core/http/route.js';
import { getSurvey } from '../survey.service.js';

export default defineRoute({
  method: 'GET',
  url: '/surveys/:id',
  handler: async ({ request, deps, actor }) => ok(request, await getSurvey(deps, actor, request.params.id)),
});
