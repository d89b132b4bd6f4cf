import type { ContractSchema } from '../../core/contract/operation-types.js';
import { compact } from '../../core/json.js';
import type { MessageView } from './message.repository.js';

export function messageJson(message: MessageView): ContractSchema<'Message'> {
  const author = message.author;
  return compact<ContractSchema<'Message'>>({
    id: message.id,
    message_html: message.bodyHtml,
    timestamp: message.createdAt,
    source: message.source,
    is_private: message.isPrivate,
    thread_id: message.isPrivate ? message.threadId : null,
    file_urls: message.fileUrls,
    author: compact({
      name: author.name,
      avatar_url: author.avatarUrl,
      user: author.user ? { id: author.user.id, email: author.user.email } : null,
      contact: author.contact ? compact({ id: author.contact.id, email: author.contact.email }) : null,
    }),
    email_info: message.emailInfo
      ? compact({
          from_email: message.emailInfo.fromEmail,
          to_emails: message.emailInfo.toEmails,
          cc_emails: message.emailInfo.ccEmails,
          bcc_emails: message.emailInfo.bccEmails,
          message_id: message.emailInfo.messageId,
        })
      : null,
  });
}
