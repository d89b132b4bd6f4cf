import type { ContractSchema } from '../../core/contract/operation-types.js';
import { compact } from '../../core/json.js';
import type { Attachment } from './attachment.repository.js';

/** Where an attachment is downloaded: the URL `attachment_urls` accepts on issues, replies and notes. */
export const attachmentUrl = (publicUrl: string, a: Pick<Attachment, 'id' | 'filename'>): string =>
  `${publicUrl}/attachments/${a.id}/${encodeURIComponent(a.filename)}`;

export function attachmentJson(publicUrl: string, a: Attachment): ContractSchema<'Attachment'> {
  return compact<ContractSchema<'Attachment'>>({
    id: a.id,
    name: a.filename,
    url: attachmentUrl(publicUrl, a),
    description: a.description,
  });
}
