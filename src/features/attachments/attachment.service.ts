import type { Actor } from '../../core/actor.js';
import type { Deps } from '../../core/deps.js';
import { invalid, notFound } from '../../core/errors.js';
import type { Db } from '../../core/store/database.js';
import { claimAttachment, findAttachment, findAttachmentInWorkspace } from './attachment.repository.js';

const CAPABILITY_ID = /^[0-9a-f-]{36}$/;

/** A file to download. */
export interface Download {
  filename: string;
  contentType: string;
  content: Buffer;
}

/**
 * An attachment by its capability id (a random UUID) and filename, or undefined. When the caller also sends a token
 * (`workspaceId`), the attachment must be of that token's workspace: another workspace's file is not found.
 */
export async function readAttachment(
  deps: Deps,
  id: string,
  filename: string,
  workspaceId?: string,
): Promise<Download | undefined> {
  if (!CAPABILITY_ID.test(id)) return undefined;
  const found = await findAttachment(deps.store.db, id);
  if (!found || found.filename !== filename) return undefined;
  if (workspaceId !== undefined && found.workspaceId !== workspaceId) return undefined;
  const content = found.blobKey ? await deps.blobs.read(found.blobKey) : found.content;
  return content && { filename: found.filename, contentType: found.contentType, content };
}

/** The attachment id and filename of a download URL of this server, or undefined for any other URL. */
function ownAttachmentOf(publicUrl: string, url: string): { id: string; filename: string } | undefined {
  const prefix = `${publicUrl}/attachments/`;
  if (!url.startsWith(prefix)) return undefined;
  const [id, name, ...rest] = url.slice(prefix.length).split(/[?#]/)[0]!.split('/');
  if (!id || !name || rest.length > 0) return undefined;
  try {
    return { id, filename: decodeURIComponent(name) };
  } catch {
    return { id, filename: name };
  }
}

/**
 * Gives the uploads named in a new message's `attachment_urls` to that message, in its transaction, so deleting or
 * redacting the message deletes their files. A URL of this server must name an attachment of the caller's
 * workspace (else 404) that no other message or account holds (else 400: upload the file again); other URLs are
 * kept as links.
 */
export async function attachUploadsToMessage(
  trx: Db,
  deps: Pick<Deps, 'publicUrl'>,
  actor: Actor,
  messageId: string,
  urls: readonly string[],
): Promise<void> {
  for (const url of new Set(urls)) {
    const named = ownAttachmentOf(deps.publicUrl, url);
    if (!named) continue;
    const attachment = await findAttachmentInWorkspace(trx, actor.workspaceId, named.id);
    if (!attachment || attachment.filename !== named.filename) throw notFound('Attachment');
    if (attachment.messageId === messageId) continue;
    if (!(await claimAttachment(trx, actor.workspaceId, attachment.id, messageId))) {
      throw invalid(
        `attachment_urls: attachment ${attachment.id} already belongs to another message or account; upload the ` +
          'file again to attach it here',
      );
    }
  }
}

/** Deletes uploaded files' bytes once the change that removed their rows has committed. */
export async function deleteBlobs(deps: Pick<Deps, 'blobs'>, keys: readonly string[]): Promise<void> {
  await Promise.all(keys.map((key) => deps.blobs.delete(key)));
}
