import { defineRoute, ok } from '../../../core/http/route.js';
import { listSurveys } from '../survey.service.js';

export default defineRoute({
  method: 'GET',
  url: '/surveys',
  handler: async ({ request, deps, actor }) => ok(request, await listSurveys(deps, actor)),
});
