import type { Issue } from '../issues/issue.repository.js';
import type { Message } from '../messages/message.repository.js';
import type { OutgoingMail } from '../../core/mail/mailer.js';

/** Plain-text alternative of an HTML body: tags dropped, entities of the basic set decoded. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(br|\/p|\/div|\/li|\/h\d)\s*\/?>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The support address and the name its mail carries (the team's), when it has one. */
export interface SupportSender {
  address: string;
  displayName: string | null;
}

/** `"Name" <address>`, the name quoted (RFC 5322 quoted-string) so any character of it is safe. */
const withDisplayName = (name: string, address: string) => `"${name.replace(/["\\]/g, '\\$&')}" <${address}>`;

/**
 * The email for a message of an email issue, threaded with the conversation: In-Reply-To names the latest earlier
 * email of the issue and References all of them, so mail clients show one thread. Mail from the support address
 * carries the team's display name when it has one.
 */
export function composeEmail(
  issue: Issue,
  message: Message,
  earlier: string[],
  defaultFrom: string,
  support?: SupportSender,
): OutgoingMail {
  const info = message.emailInfo!;
  const subject = /^re:/i.test(issue.title) ? issue.title : `Re: ${issue.title}`;
  const from = info.fromEmail ?? issue.supportEmail ?? defaultFrom;
  const name =
    support?.displayName && support.address.toLowerCase() === from.toLowerCase() ? support.displayName : null;
  return {
    from: name ? withDisplayName(name, from) : from,
    to: info.toEmails,
    cc: info.ccEmails,
    bcc: info.bccEmails,
    subject: message.id === issue.firstMessageId ? issue.title : subject,
    html: message.bodyHtml,
    text: htmlToText(message.bodyHtml),
    messageId: info.messageId!,
    inReplyTo: earlier.at(-1),
    references: earlier,
  };
}
