import { Type } from '@sinclair/typebox';
import type { ContractSchema } from '../../../core/contract/operation-types.js';
import { ref } from '../../../core/contract/spec.js';
import { one } from '../../../core/http/envelopes.js';
import { defineRoute, ok } from '../../../core/http/route.js';
import { CreateCallRecordingBody } from '../call-recording.schemas.js';
import { createCallRecording } from '../call-recording.service.js';

/** Pylon's API reads, searches and deletes call recordings but cannot add one: without this, there would be none. */
export default defineRoute({
  method: 'POST',
  url: '/call-recordings',
  role: 'admin',
  rateLimitPerMinute: 20,
  schema: {
    summary: 'Import a call recording',
    description:
      'Helpline extension. Imports a recorded call, as the import operations do (admins only). `issue_id` links it ' +
      'to an issue, whose `GET /issues/{id}/voice-calls` then lists it. A second import of the same `external_id` ' +
      'from the same `source` answers 400 with `exists_id`.',
    body: CreateCallRecordingBody,
    response: one(Type.Unsafe<ContractSchema<'CallRecording'>>(ref('CallRecording'))),
  },
  handler: async ({ request, deps, actor }) => ok(request, await createCallRecording(deps, actor, request.body)),
});
