import { defineRoute, ok } from '../../../core/http/route.js';
import { getKnowledgeBase } from '../knowledge-base.service.js';

export default defineRoute({
  method: 'GET',
  url: '/knowledge-bases/:id',
  handler: async ({ request, deps, actor }) => ok(request, await getKnowledgeBase(deps, actor, request.params.id)),
});
