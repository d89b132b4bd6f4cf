import { listImapMailboxesPage } from '../imap-mailbox.service.js';
import { defineRoute, ok, PAGE_QUERY } from '../../../core/http/route.js';
import { list } from '../../../core/http/envelopes.js';
import { IMAP_MAILBOX } from '../imap.schemas.js';

export default defineRoute({
  method: 'GET',
  url: '/helpline/imap-mailboxes',
  role: 'admin',
  rateLimitPerMinute: 60,
  schema: {
    summary: "List the workspace's IMAP mailboxes",
    description: 'Helpline extension. With their last poll and last error; never a password.',
    querystring: PAGE_QUERY,
    response: list(IMAP_MAILBOX),
  },
  handler: async ({ request, deps, actor }) => ok(request, await listImapMailboxesPage(deps, actor, request.query)),
});
