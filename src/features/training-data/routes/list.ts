import { defineRoute, ok } from '../../../core/http/route.js';
import { listTrainingData } from '../training-data.service.js';

/** Every training data container of the workspace with its documents, oldest first. */
export default defineRoute({
  method: 'GET',
  url: '/training-data',
  handler: async ({ request, deps, actor }) => ok(request, await listTrainingData(deps, actor)),
});
