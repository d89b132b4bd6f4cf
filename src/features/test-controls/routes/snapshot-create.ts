import { one } from '../../../core/http/envelopes.js';
import { defineRoute, ok } from '../../../core/http/route.js';
import { takeSnapshot } from '../snapshots.js';
import { describeTestControl, SNAPSHOT } from '../test-controls.schemas.js';

export default defineRoute({
  method: 'POST',
  url: '/helpline/test/snapshots',
  role: 'admin',
  testControl: true,
  schema: {
    summary: "Snapshot the workspace's data",
    description: describeTestControl(
      'Saves every row of the workspace (issues, messages, threads, contacts, accounts, events, webhooks and their ' +
        'deliveries, users and tokens, the issue counter) in the database, to restore after each test.',
    ),
    response: one(SNAPSHOT),
  },
  handler: async ({ request, deps, actor }) => ok(request, await takeSnapshot(deps, actor)),
});
