import { one } from '../../../core/http/envelopes.js';
import { defineRoute, ok } from '../../../core/http/route.js';
import { restoreSnapshot } from '../snapshots.js';
import { describeTestControl, SNAPSHOT } from '../test-controls.schemas.js';

export default defineRoute({
  method: 'POST',
  url: '/helpline/test/snapshots/:id/restore',
  role: 'admin',
  testControl: true,
  schema: {
    summary: "Restore the workspace's data from a snapshot",
    description: describeTestControl(
      "Replaces every row of the workspace with the snapshot's, in one transaction: ids, issue numbers, timestamps " +
        'and so list cursors come back exactly. Tokens are as they were: one created since the snapshot stops ' +
        "working. Another workspace's snapshot is not found (404).",
    ),
    response: one(SNAPSHOT),
  },
  handler: async ({ request, deps, actor }) => ok(request, await restoreSnapshot(deps, actor, request.params.id)),
});
