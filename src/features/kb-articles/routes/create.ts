import { defineRoute, ok } from '../../../core/http/route.js';
import { createArticle } from '../article.service.js';

export default defineRoute({
  method: 'POST',
  url: '/knowledge-bases/:id/articles',
  handler: async ({ request, deps, actor }) =>
    ok(request, await createArticle(deps, actor, request.params.id, request.body)),
});
