import { randomUUID } from 'node:crypto';
import type { Actor } from '../../core/actor.js';
import { nowIso } from '../../core/clock.js';
import type { Deps } from '../../core/deps.js';
import { AppError, invalid } from '../../core/errors.js';
import { attachmentJson } from './attachment.json.js';
import { insertAttachment, type Attachment } from './attachment.repository.js';
import { isControlCharacter, sniffContentType, SNIFF_BYTES } from './content-type.js';
import { fetchRemoteFile } from './fetch-file.js';

/** A file as it arrives: the name the client gave it and its bytes. */
export interface IncomingFile {
  filename: string;
  chunks: AsyncIterable<Buffer>;
}

/** The form's other fields. */
export interface UploadFields {
  fileUrl?: string;
  description?: string;
}

/**
 * Reads an upload's form, handing its file to `receive` as it arrives (before the fields that follow it are read),
 * and answers the other fields. Keeps the services free of the HTTP framework that parses the form.
 */
export type UploadFormReader = (receive: (file: IncomingFile) => Promise<void>) => Promise<UploadFields>;

interface StoredFile {
  key: string;
  filename: string;
  size: number;
  contentType: string;
}

/** A name safe to show and to put in a URL path segment: no folders, no control characters, at most 255. */
export function cleanFilename(name: string): string {
  const base = name.split(/[/\\]/).pop() ?? '';
  const clean = Array.from(base)
    .filter((c) => !isControlCharacter(c))
    .join('')
    .trim()
    .slice(0, 255);
  return clean === '' || clean === '.' || clean === '..' ? 'file' : clean;
}

/** Writes a file to the blob store as it arrives, refusing it (413) once it passes ATTACHMENT_MAX_BYTES. */
async function storeFile(deps: Deps, file: IncomingFile): Promise<StoredFile> {
  const key = randomUUID();
  const max = deps.attachments.maxBytes;
  let size = 0;
  let head = Buffer.alloc(0);
  async function* limited(): AsyncGenerator<Buffer> {
    for await (const chunk of file.chunks) {
      size += chunk.length;
      if (size > max) throw new AppError('payload_too_large', `The file is larger than ${max} bytes`);
      if (head.length < SNIFF_BYTES) head = Buffer.concat([head, chunk.subarray(0, SNIFF_BYTES - head.length)]);
      yield chunk;
    }
  }
  await deps.blobs.write(key, limited());
  return {
    key,
    filename: cleanFilename(file.filename),
    size,
    contentType: sniffContentType(head, size <= SNIFF_BYTES),
  };
}

/** The file of the form, uploaded or else fetched from `file_url`; stored files are listed in `stored` as they land. */
async function receiveUpload(deps: Deps, readForm: UploadFormReader, stored: StoredFile[]) {
  const fields = await readForm(async (file) => {
    stored.push(await storeFile(deps, file));
  });
  if (fields.description?.includes('\u0000')) throw invalid('description must not contain NUL (U+0000) characters');
  if (stored.length === 0) {
    if (!fields.fileUrl) throw invalid('Send a file (form field "file") or a file_url to fetch it from');
    stored.push(await storeFile(deps, await fetchRemoteFile(fields.fileUrl, deps.attachments)));
  }
  return { file: stored[0]!, description: fields.description };
}

/**
 * Stores an uploaded file (or one fetched from `file_url`) as an attachment of the workspace, or of one of its
 * accounts. Its bytes go to the blob store; its type is told from them, never taken from the client. Until a message
 * names its URL in `attachment_urls`, it belongs to no message. Nothing is left behind when the upload fails.
 */
export async function uploadFile(
  deps: Deps,
  actor: Actor,
  readForm: UploadFormReader,
  owner: { accountId?: string } = {},
) {
  const stored: StoredFile[] = [];
  try {
    const { file, description } = await receiveUpload(deps, readForm, stored);
    const attachment: Attachment = {
      id: file.key,
      workspaceId: actor.workspaceId,
      messageId: null,
      accountId: owner.accountId ?? null,
      filename: file.filename,
      contentType: file.contentType,
      size: file.size,
      content: Buffer.alloc(0),
      blobKey: file.key,
      description: description ?? null,
      createdAt: nowIso(),
    };
    await insertAttachment(deps.store.db, attachment);
    return attachmentJson(deps.publicUrl, attachment);
  } catch (error) {
    await Promise.all(stored.map((file) => deps.blobs.delete(file.key)));
    throw error;
  }
}
