import { randomUUID } from 'node:crypto';
import { findIssueByIdOrNumber } from '../issues/issue.repository.js';
import { insertAttachment } from '../attachments/attachment.repository.js';
import { findMessageByEmailMessageId, type EmailInfo } from '../messages/message.repository.js';
import { findFirstAdmin } from '../users/user.repository.js';
import { findWorkspaceBySupportEmail, setWorkspaceSupportEmail } from '../workspaces/workspace.repository.js';
import type { Db } from '../../core/store/database.js';
import type { Actor } from '../../core/actor.js';
import { findOrCreateContactByEmail } from '../contacts/contact.service.js';
import type { Deps } from '../../core/deps.js';
import { isEmail } from '../../core/email-address.js';
import { invalid, notFound } from '../../core/errors.js';
import { sanitizeHtml } from '../../core/html.js';
import { newId } from '../../core/ids.js';
import { openIssue } from '../issues/issue-creation.js';
import { newMessage } from '../messages/message.factory.js';
import { postMessage } from '../messages/post-message.js';
import { nowIso } from '../../core/clock.js';

export interface InboundAttachment {
  filename: string;
  contentType: string;
  content: Buffer;
}

/** A received email, as the SMTP listener hands it over (parsed, size already checked). */
export interface InboundEmail {
  /** Envelope recipients (RCPT TO). */
  recipients: string[];
  from: { address: string; name?: string };
  to: string[];
  cc: string[];
  subject: string;
  html?: string;
  text?: string;
  /** RFC 5322 Message-ID, with angle brackets. */
  messageId?: string;
  inReplyTo?: string;
  references: string[];
  attachments: InboundAttachment[];
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const textToHtml = (text: string) =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('');

/** The workspace an address receives mail for, or undefined. */
export async function workspaceForAddress(deps: Deps, address: string): Promise<string | undefined> {
  return (await findWorkspaceBySupportEmail(deps.store.db, address))?.id;
}

/** Sets the address whose mail opens issues in the workspace (CLI). */
export async function setSupportAddress(db: Db, workspaceId: string, email: string): Promise<void> {
  if (!isEmail(email)) throw invalid('The support address must be an email address');
  const taken = await findWorkspaceBySupportEmail(db, email);
  if (taken && taken.id !== workspaceId) throw invalid('Another workspace receives mail for this address');
  await setWorkspaceSupportEmail(db, workspaceId, email);
}

/**
 * Files a received email: a reply (matched by In-Reply-To/References to a message of the workspace) is added to its
 * issue as a customer message; any other email opens an issue (source `email`) with the sender as requester, created
 * as a contact when unknown. Attachments are stored and linked from the message. All or nothing, in one
 * transaction; the same Message-ID received twice is filed once.
 */
export async function receiveInboundEmail(
  deps: Deps,
  email: InboundEmail,
): Promise<{ issueId: string; messageId: string; duplicate: boolean }> {
  const sender = email.from.address.trim();
  if (!isEmail(sender)) throw invalid('The email has no valid From address');
  let workspaceId: string | undefined;
  let supportAddress = '';
  for (const recipient of email.recipients) {
    workspaceId = await workspaceForAddress(deps, recipient);
    if (workspaceId) {
      supportAddress = recipient.toLowerCase();
      break;
    }
  }
  if (!workspaceId) throw notFound('Mailbox');
  const wsId = workspaceId;
  const emailMessageId = email.messageId ?? `<${randomUUID()}@${supportAddress.split('@')[1]}>`;
  const bodyHtml = sanitizeHtml(email.html ?? textToHtml(email.text ?? '')).trim() || '<p></p>';

  const result = await deps.store.db.transaction().execute(async (trx) => {
    const already = await findMessageByEmailMessageId(trx, wsId, [emailMessageId]);
    if (already) return { issueId: already.issueId, messageId: already.id, duplicate: true };
    const admin = await findFirstAdmin(trx, wsId);
    if (!admin) throw notFound('Workspace');
    const actor: Actor = { workspaceId: wsId, userId: admin.id, tokenId: 'inbound-email' };
    const contact = await findOrCreateContactByEmail(trx, actor, {
      email: sender,
      name: email.from.name,
      accountId: null,
    });
    const messageId = newId();
    const createdAt = nowIso();
    const attachments = email.attachments.map((a) => ({ ...a, id: randomUUID() }));
    const fileUrls = attachments.map((a) => `${deps.publicUrl}/attachments/${a.id}/${encodeURIComponent(a.filename)}`);
    const emailInfo: EmailInfo = {
      fromEmail: sender,
      toEmails: email.to,
      ccEmails: email.cc,
      bccEmails: [],
      messageId: emailMessageId,
    };

    const thread = await findMessageByEmailMessageId(trx, wsId, [
      ...(email.inReplyTo ? [email.inReplyTo] : []),
      ...email.references,
    ]);
    const issue = thread && (await findIssueByIdOrNumber(trx, wsId, thread.issueId));
    let issueId: string;
    if (issue) {
      const message = newMessage(
        {
          id: messageId,
          workspaceId: wsId,
          issueId: issue.id,
          isPrivate: false,
          source: 'email',
          bodyHtml,
          fileUrls,
          emailInfo,
          createdAt,
        },
        { contact },
      );
      await postMessage(trx, issue, message);
      issueId = issue.id;
    } else {
      const opened = await openIssue(trx, deps, actor, {
        title: email.subject.trim().slice(0, 500) || '(no subject)',
        bodyHtml,
        source: 'email',
        accountId: contact.accountId,
        requesterId: contact.id,
        assigneeId: null,
        teamId: null,
        tags: [],
        attachmentUrls: fileUrls,
        customerPortalVisible: false,
        authorUnverified: true,
        supportEmail: supportAddress,
        createdAt,
        firstMessage: { id: messageId, author: { contact }, emailInfo },
      });
      issueId = opened.issue.id;
    }
    for (const a of attachments) {
      await insertAttachment(trx, {
        id: a.id,
        workspaceId: wsId,
        messageId,
        filename: a.filename,
        contentType: a.contentType,
        size: a.content.length,
        content: a.content,
        createdAt,
      });
    }
    return { issueId, messageId, duplicate: false };
  });
  deps.notifyDelivery();
  return result;
}
