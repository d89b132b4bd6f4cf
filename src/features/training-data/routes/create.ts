import { defineRoute, ok } from '../../../core/http/route.js';
import { createTrainingData } from '../training-data.service.js';

/** The AI's configuration: admins only. A name already used is a duplicate (`exists_id` names the container). */
export default defineRoute({
  method: 'POST',
  url: '/training-data',
  role: 'admin',
  handler: async ({ request, deps, actor }) => ok(request, await createTrainingData(deps, actor, request.body)),
});
