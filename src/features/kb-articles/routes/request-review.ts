import { defineRoute, ok } from '../../../core/http/route.js';
import { requestArticleReview } from '../article-update.js';

export default defineRoute({
  method: 'POST',
  url: '/knowledge-bases/:id/articles/:article_id/request-review',
  handler: async ({ request, deps, actor }) =>
    ok(request, await requestArticleReview(deps, actor, request.params.id, request.params.article_id, request.body)),
});
