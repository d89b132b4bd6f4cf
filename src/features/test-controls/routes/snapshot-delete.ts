import { defineRoute } from '../../../core/http/route.js';
import { deleteSnapshot } from '../snapshots.js';
import { describeTestControl } from '../test-controls.schemas.js';

export default defineRoute({
  method: 'DELETE',
  url: '/helpline/test/snapshots/:id',
  role: 'admin',
  testControl: true,
  schema: {
    summary: 'Delete a snapshot',
    description: describeTestControl('The snapshot is gone; the workspace is left as it is.'),
  },
  handler: async ({ request, deps, actor }) => {
    await deleteSnapshot(deps, actor, request.params.id);
    return { request_id: request.id };
  },
});
