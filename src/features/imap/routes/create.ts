import { createImapMailbox } from '../imap-mailbox.service.js';
import { defineRoute, ok } from '../../../core/http/route.js';
import { one } from '../../../core/http/envelopes.js';
import { CREATE_IMAP_MAILBOX, IMAP_MAILBOX } from '../imap.schemas.js';

export default defineRoute({
  method: 'POST',
  url: '/helpline/imap-mailboxes',
  role: 'admin',
  rateLimitPerMinute: 20,
  schema: {
    summary: 'Connect an IMAP mailbox',
    description:
      "Helpline extension. The team's existing mailbox for the workspace's support address, read every " +
      'IMAP_POLL_INTERVAL_MS: each new message is filed once, as mail to the SMTP listener is. The password is ' +
      'stored to log in and never answered.',
    body: CREATE_IMAP_MAILBOX,
    response: one(IMAP_MAILBOX),
  },
  handler: async ({ request, deps, actor }) => ok(request, await createImapMailbox(deps, actor, request.body)),
});
