import { AppError, notFound } from '../../../core/errors.js';
import { readAttachment } from '../attachment.service.js';
import { defineRoute } from '../../../core/http/route.js';
import { authenticate } from '../../api-tokens/api-token.service.js';

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/** A token that is not valid names no workspace; any other failure (the database down) stays what it is. */
const notAToken = (error: unknown): undefined => {
  if (error instanceof AppError && error.code === 'unauthorized') return undefined;
  throw error;
};

/**
 * A stored attachment (of an inbound email, or uploaded). Its URL is the credential: the id is 122 random bits, so
 * the link in a message's `file_urls` can be opened by a browser without a token. A request that does carry a token
 * is answered only for that token's workspace (another's file, or a token that is not valid, is not found). Served
 * as a download, its type as told from its bytes; redacting or deleting the message deletes it.
 */
export default defineRoute({
  method: 'GET',
  url: '/attachments/:id/:filename',
  auth: false,
  schema: { summary: 'Download an attachment' },
  handler: async ({ request, reply, deps }) => {
    const token = BEARER.exec(request.headers.authorization ?? '')?.[1];
    let workspaceId: string | undefined;
    if (request.headers.authorization !== undefined) {
      const actor = token ? await authenticate(deps.store, token).catch(notAToken) : undefined;
      if (!actor) throw notFound('Attachment');
      workspaceId = actor.workspaceId;
    }
    const attachment = await readAttachment(deps, request.params.id, request.params.filename, workspaceId);
    if (!attachment) throw notFound('Attachment');
    return reply
      .type(attachment.contentType)
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(attachment.filename)}`)
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'private, no-store')
      .send(attachment.content);
  },
});
