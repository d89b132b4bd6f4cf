import { defineRoute, ok } from '../../../core/http/route.js';
import { getCallRecording } from '../call-recording.service.js';

export default defineRoute({
  method: 'GET',
  url: '/call-recordings/:id',
  handler: async ({ request, deps, actor }) => ok(request, await getCallRecording(deps, actor, request.params.id)),
});
