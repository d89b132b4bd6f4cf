import { defineRoute, ok } from '../../../core/http/route.js';
import { listIssueVoiceCalls } from '../call-recording.service.js';

/** `{id}` is the issue's id or number; each recording linked to it is one call, with its transcript. */
export default defineRoute({
  method: 'GET',
  url: '/issues/:id/voice-calls',
  handler: async ({ request, deps, actor }) => ok(request, await listIssueVoiceCalls(deps, actor, request.params.id)),
});
