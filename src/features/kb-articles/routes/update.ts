import { defineRoute, ok } from '../../../core/http/route.js';
import { updateArticle } from '../article-update.js';

export default defineRoute({
  method: 'PATCH',
  url: '/knowledge-bases/:id/articles/:article_id',
  handler: async ({ request, deps, actor }) =>
    ok(request, await updateArticle(deps, actor, request.params.id, request.params.article_id, request.body)),
});
