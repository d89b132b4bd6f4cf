import { defineRoute } from '../../../core/http/route.js';
import { createAiResponse } from '../ai-response.service.js';

export default defineRoute({
  method: 'POST',
  url: '/issues/:id/ai-response',
  handler: async ({ request, deps, actor }) => {
    const model = request.server.aiModel;
    const draft = await createAiResponse(deps, actor, request.params.id, request.body, model);
    // Pylon answers this operation without the `data` envelope.
    return { ...draft, request_id: request.id };
  },
});
