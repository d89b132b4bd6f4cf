import { defineRoute, ok } from '../../../core/http/route.js';
import { updateCallRecording } from '../call-recording.service.js';

/** `account_id` moves the recording (`""` removes it); a custom field named is unknown for call recordings (400). */
export default defineRoute({
  method: 'PATCH',
  url: '/call-recordings/:id',
  handler: async ({ request, deps, actor }) =>
    ok(request, await updateCallRecording(deps, actor, request.params.id, request.body)),
});
