import { testImapMailbox } from '../imap-mailbox.service.js';
import { defineRoute, ok } from '../../../core/http/route.js';
import { one } from '../../../core/http/envelopes.js';
import { IMAP_CONNECTION_TEST } from '../imap.schemas.js';

export default defineRoute({
  method: 'POST',
  url: '/helpline/imap-mailboxes/:id/test',
  role: 'admin',
  rateLimitPerMinute: 10,
  schema: {
    summary: 'Test an IMAP mailbox connection',
    description:
      'Helpline extension. Logs in and looks at the folder, changing nothing; `ok: false` comes with the reason.',
    response: one(IMAP_CONNECTION_TEST),
  },
  handler: async ({ request, deps, actor }) => ok(request, await testImapMailbox(deps, actor, request.params.id)),
});
