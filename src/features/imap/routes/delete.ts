import { removeImapMailbox } from '../imap-mailbox.service.js';
import { defineRoute } from '../../../core/http/route.js';

export default defineRoute({
  method: 'DELETE',
  url: '/helpline/imap-mailboxes/:id',
  role: 'admin',
  rateLimitPerMinute: 20,
  schema: {
    summary: 'Disconnect an IMAP mailbox',
    description: 'Helpline extension. The mailbox is no longer read; issues filed from it stay, and so does its mail.',
  },
  handler: async ({ request, deps, actor }) => {
    await removeImapMailbox(deps, actor, request.params.id);
    return { request_id: request.id };
  },
});
