import { Type } from '@sinclair/typebox';
import { one } from '../../../core/http/envelopes.js';
import { defineRoute, ok } from '../../../core/http/route.js';
import { describeTestControl } from '../test-controls.schemas.js';

export default defineRoute({
  method: 'DELETE',
  url: '/helpline/test/faults',
  role: 'admin',
  testControl: true,
  schema: {
    summary: 'Clear the injected faults',
    description: describeTestControl(
      'Removes every fault of the workspace on this instance; requests are answered as usual.',
    ),
    response: one(Type.Object({ cleared: Type.Integer({ description: 'Faults removed.' }) })),
  },
  handler: async ({ request, actor }) => ok(request, { cleared: request.server.testFaults.clear(actor.workspaceId) }),
});
