import { componentSchema, ref } from '../../../core/contract/spec.js';
import { listIssueThreads } from '../thread.service.js';
import { defineRoute, ok } from '../../../core/http/route.js';

// The seed's shape, plus the `pagination` every list carries (all threads fit on one page).
const { $id: _id, ...seedShape } = componentSchema('GetIssueThreadsResponseBody');

export default defineRoute({
  method: 'GET',
  url: '/issues/:id/threads',
  schema: {
    response: { ...seedShape, properties: { ...(seedShape.properties as object), pagination: ref('Pagination') } },
  },
  handler: async ({ request, deps, actor }) => ok(request, await listIssueThreads(deps, actor, request.params.id)),
});
