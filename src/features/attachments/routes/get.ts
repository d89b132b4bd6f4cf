import { notFound } from '../../../core/errors.js';
import { readAttachment } from '../attachment.service.js';
import { defineRoute } from '../../../core/http/route.js';

/**
 * A stored attachment (of an inbound email). Its URL is the credential: the id is 122 random bits, so the link in a
 * message's `file_urls` can be opened by a browser without a token. Redacting or deleting the message deletes it.
 */
export default defineRoute({
  method: 'GET',
  url: '/attachments/:id/:filename',
  auth: false,
  schema: { summary: 'Download an attachment' },
  handler: async ({ request, reply, deps }) => {
    const attachment = await readAttachment(deps, request.params.id);
    if (!attachment || attachment.filename !== request.params.filename) throw notFound('Attachment');
    return reply
      .type(attachment.contentType)
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(attachment.filename)}`)
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'private, no-store')
      .send(attachment.content);
  },
});
