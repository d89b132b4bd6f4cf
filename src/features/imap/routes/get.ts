import { getImapMailbox } from '../imap-mailbox.service.js';
import { defineRoute, ok } from '../../../core/http/route.js';
import { one } from '../../../core/http/envelopes.js';
import { IMAP_MAILBOX } from '../imap.schemas.js';

export default defineRoute({
  method: 'GET',
  url: '/helpline/imap-mailboxes/:id',
  role: 'admin',
  rateLimitPerMinute: 60,
  schema: {
    summary: 'Get an IMAP mailbox',
    description: 'Helpline extension. Its settings (never the password), last poll and last error.',
    response: one(IMAP_MAILBOX),
  },
  handler: async ({ request, deps, actor }) => ok(request, await getImapMailbox(deps, actor, request.params.id)),
});
