import { defineRoute, ok } from '../../../core/http/route.js';
import { getTrainingData } from '../training-data.service.js';

export default defineRoute({
  method: 'GET',
  url: '/training-data/:id',
  handler: async ({ request, deps, actor }) => ok(request, await getTrainingData(deps, actor, request.params.id)),
});
