import { Type } from '@sinclair/typebox';
import { defineRoute, ok } from '../../../core/http/route.js';
import { describeTestControl, FAULT } from '../test-controls.schemas.js';

export default defineRoute({
  method: 'GET',
  url: '/helpline/test/faults',
  role: 'admin',
  testControl: true,
  schema: {
    summary: 'List the injected faults',
    description: describeTestControl(
      "The workspace's faults on this instance that have requests left to meet, oldest first.",
    ),
    response: Type.Object({ data: Type.Array(FAULT), request_id: Type.String() }),
  },
  handler: async ({ request, actor }) => ok(request, request.server.testFaults.list(actor.workspaceId)),
});
