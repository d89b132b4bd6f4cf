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

/**
 * The email for a message of an email issue, threaded with the conversation: In-Reply-To names the latest earlier
 * email of the issue and References all of them, so mail clients show one thread.
 */
export function composeEmail(issue: Issue, message: Message, earlier: string[], defaultFrom: string): OutgoingMail {
  const info = message.emailInfo!;
  const subject = /^re:/i.test(issue.title) ? issue.title : `Re: ${issue.title}`;
  return {
    from: info.fromEmail ?? issue.supportEmail ?? defaultFrom,
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
