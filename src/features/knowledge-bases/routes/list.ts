import { defineRoute, ok, PAGE_QUERY } from '../../../core/http/route.js';
import { listKnowledgeBases } from '../knowledge-base.service.js';

export default defineRoute({
  method: 'GET',
  url: '/knowledge-bases',
  schema: { querystring: PAGE_QUERY },
  handler: async ({ request, deps, actor }) => ok(request, await listKnowledgeBases(deps, actor, request.query)),
});
