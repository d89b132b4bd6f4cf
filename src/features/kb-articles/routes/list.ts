import { defineRoute, ok } from '../../../core/http/route.js';
import { listArticles } from '../article.service.js';

export default defineRoute({
  method: 'GET',
  url: '/knowledge-bases/:id/articles',
  handler: async ({ request, deps, actor }) =>
    ok(request, await listArticles(deps, actor, request.params.id, request.query)),
});
