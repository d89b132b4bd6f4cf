import { updateImapMailboxSettings } from '../imap-mailbox.service.js';
import { defineRoute, ok } from '../../../core/http/route.js';
import { one } from '../../../core/http/envelopes.js';
import { IMAP_MAILBOX, UPDATE_IMAP_MAILBOX } from '../imap.schemas.js';

export default defineRoute({
  method: 'PATCH',
  url: '/helpline/imap-mailboxes/:id',
  role: 'admin',
  rateLimitPerMinute: 20,
  schema: {
    summary: 'Update an IMAP mailbox',
    description: 'Helpline extension. Changes the given settings only; `enabled: false` stops the polling.',
    body: UPDATE_IMAP_MAILBOX,
    response: one(IMAP_MAILBOX),
  },
  handler: async ({ request, deps, actor }) =>
    ok(request, await updateImapMailboxSettings(deps, actor, request.params.id, request.body ?? {})),
});
