import { defineRoute } from '../../../core/http/route.js';
import { deleteArticle } from '../article.service.js';

export default defineRoute({
  method: 'DELETE',
  url: '/knowledge-bases/:id/articles/:article_id',
  handler: async ({ request, deps, actor }) => {
    await deleteArticle(deps, actor, request.params.id, request.params.article_id);
    return { request_id: request.id };
  },
});
