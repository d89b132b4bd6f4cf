import { one } from '../../../core/http/envelopes.js';
import { defineRoute, ok } from '../../../core/http/route.js';
import { describeTestControl, FAULT, FAULT_BODY } from '../test-controls.schemas.js';

export default defineRoute({
  method: 'POST',
  url: '/helpline/test/faults',
  role: 'admin',
  testControl: true,
  schema: {
    summary: 'Inject a fault',
    description: describeTestControl(
      'The next `count` requests of the workspace (any of its tokens) matching `method` and `path` fail as `kind` ' +
        'says. Faults are kept in memory by the instance that receives this request: not shared with other ' +
        'instances, gone on restart. The test controls themselves are never faulted.',
    ),
    body: FAULT_BODY,
    response: one(FAULT),
  },
  handler: async ({ request, actor }) => ok(request, request.server.testFaults.add(actor.workspaceId, request.body)),
});
