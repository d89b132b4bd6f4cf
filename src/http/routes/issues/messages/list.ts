import { listIssueMessages } from '../../../../domain/messages/list.js';
import { defineRoute, ok } from '../../../route.js';

export default defineRoute<{ Params: { id: string }; Querystring: { cursor?: string; limit?: number } }>({
  method: 'GET',
  url: '/issues/:id/messages',
  handler: async ({ request, deps, actor }) => ok(request, await listIssueMessages(deps, actor, request.params.id, request.query)),
});
