import { defineRoute } from '../../../core/http/route.js';
import { deleteCallRecording } from '../call-recording.service.js';

/** For good: the summary and transcript go with it. Admins only, like every permanent deletion of customer data. */
export default defineRoute({
  method: 'DELETE',
  url: '/call-recordings/:id',
  role: 'admin',
  handler: async ({ request, deps, actor }) => {
    await deleteCallRecording(deps, actor, request.params.id);
    return { request_id: request.id };
  },
});
