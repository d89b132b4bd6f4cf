import { defineRoute, ok } from '../../../core/http/route.js';
import { getArticle } from '../article.service.js';

export default defineRoute({
  method: 'GET',
  url: '/knowledge-bases/:id/articles/:article_id',
  handler: async ({ request, deps, actor }) =>
    ok(request, await getArticle(deps, actor, request.params.id, request.params.article_id, request.query.language)),
});
