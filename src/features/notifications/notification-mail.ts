import type { OutgoingMail } from '../../core/mail/mailer.js';
import { htmlToText } from '../email/compose.js';
import type { Issue } from '../issues/issue.repository.js';
import type { Message } from '../messages/message.repository.js';
import { rfc5322MessageId } from '../messages/message.fields.js';
import type { NotificationKind } from './notification-settings.repository.js';

/** How much of the message the mail quotes. */
export const EXCERPT_LENGTH = 500;

export interface NotificationMailInput {
  /** The notification's id: the mail's Message-ID is made from it, so a retried send carries the same one. */
  id: string;
  kind: NotificationKind;
  issue: Pick<Issue, 'id' | 'number' | 'title'>;
  message: Pick<Message, 'bodyHtml'>;
  /** Who wrote the message, as the mail names them. */
  authorName: string;
  to: string;
  /** The From address, and the name it carries when it has one. */
  from: { address: string; name: string | null };
  publicUrl: string;
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** One line: a header may not break. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
/** `"Name" <address>`, the name quoted (RFC 5322 quoted-string) so any character of it is safe. */
const withDisplayName = (name: string, address: string) => `"${name.replace(/["\\]/g, '\\$&')}" <${address}>`;

function excerptOf(html: string): string {
  const text = htmlToText(html);
  return text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH).trimEnd()}…` : text;
}

/**
 * The email telling an agent about a new unassigned issue or a customer's reply: the start of the message and the
 * issue's console link. Marked `Auto-Submitted: auto-generated` (RFC 3834), so out-of-office responders do not answer
 * it and open an issue with their answer.
 */
export function composeNotificationMail(input: NotificationMailInput): OutgoingMail {
  const { issue, authorName } = input;
  const title = oneLine(issue.title);
  const author = oneLine(authorName);
  const subject =
    input.kind === 'new_unassigned'
      ? `[Helpline] New issue #${issue.number}: ${title}`
      : `[Helpline] ${author} replied on #${issue.number}: ${title}`;
  const intro =
    input.kind === 'new_unassigned'
      ? `${author} opened issue #${issue.number}, and nobody is assigned to it.`
      : `${author} replied on issue #${issue.number}, assigned to you.`;
  const link = `${input.publicUrl}/issues/${issue.id}`;
  const excerpt = excerptOf(input.message.bodyHtml);
  const paragraphs = excerpt.split(/\n{2,}/).map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`);
  return {
    from: input.from.name ? withDisplayName(input.from.name, input.from.address) : input.from.address,
    to: [input.to],
    cc: [],
    bcc: [],
    subject,
    text: `${intro}\n\n${excerpt}\n\nOpen the issue: ${link}\n`,
    html: [
      `<p>${escapeHtml(intro)}</p>`,
      `<blockquote>${paragraphs.join('')}</blockquote>`,
      `<p><a href="${escapeHtml(link)}">Open the issue</a></p>`,
    ].join(''),
    messageId: rfc5322MessageId(`notification-${input.id}`, input.from.address),
    references: [],
    headers: { 'Auto-Submitted': 'auto-generated' },
  };
}
