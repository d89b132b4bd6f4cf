import { one } from '../../../core/http/envelopes.js';
import { defineRoute, ok } from '../../../core/http/route.js';
import { seedDemoWorkspace } from '../demo-workspace.js';
import { DEMO_SUMMARY, describeTestControl } from '../test-controls.schemas.js';

export default defineRoute({
  method: 'POST',
  url: '/helpline/test/demo',
  role: 'admin',
  testControl: true,
  schema: {
    summary: 'Load the demo workspace',
    description: describeTestControl(
      "Adds a realistic support workspace to the caller's: agents, accounts, contacts, and issues in every state " +
        '(new, waiting_on_you, waiting_on_customer, on_hold, closed) with replies, internal notes in threads and ' +
        "email issues, created through the API's own rules (so events and webhooks follow). No email is sent.",
    ),
    response: one(DEMO_SUMMARY),
  },
  handler: async ({ request, deps, actor }) => ok(request, await seedDemoWorkspace(deps, actor)),
});
