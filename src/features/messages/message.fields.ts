import { isEmail } from '../../core/email-address.js';
import { invalid } from '../../core/errors.js';
import { sanitizeHtml } from '../../core/html.js';

/** The RFC 5322 Message-ID of an email Helpline sends or records, unique through the message id. */
export function rfc5322MessageId(messageId: string, fromEmail: string): string {
  const domain = fromEmail.split('@')[1] ?? 'helpline.local';
  return `<${messageId}@${domain}>`;
}

/** Attachment URLs become a message's `file_urls`: absolute http(s) URLs only. */
export function validateAttachmentUrls(urls: string[] | undefined): string[] {
  const list = urls ?? [];
  if (list.length > 100) throw invalid('attachment_urls may hold at most 100 URLs');
  for (const url of list) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(url);
    } catch {
      parsed = undefined;
    }
    if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || url.length > 2048) {
      throw invalid(`attachment_urls: "${url.slice(0, 100)}" is not an http(s) URL`);
    }
  }
  return list;
}

export function validateEmailList(field: string, list: string[] | undefined): string[] {
  const addresses = (list ?? []).map((a) => a.trim());
  for (const address of addresses)
    if (!isEmail(address)) throw invalid(`${field}: "${address.slice(0, 100)}" is not an email address`);
  return addresses;
}

/** A message body as stored: sanitized, and not empty once sanitized. */
export function messageBody(html: string): string {
  const clean = sanitizeHtml(html).trim();
  if (clean === '') throw invalid('body_html must have content (after removing disallowed HTML)');
  return clean;
}
