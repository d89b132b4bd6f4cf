import { randomUUID } from 'node:crypto';
import type { Issue } from '../issues/issue.repository.js';
import { insertAttachment } from '../attachments/attachment.repository.js';
import { findMessageByEmailMessageId, type EmailInfo } from '../messages/message.repository.js';
import type { Contact } from '../contacts/contact.repository.js';
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
import { applyMessageToIssue } from '../issues/issue-auto-state.js';
import { newMessage } from '../messages/message.factory.js';
import { postMessage } from '../messages/post-message.js';
import { nowIso } from '../../core/clock.js';
import { cleanInboundEmail, isCleanAddress, type InboundEmail } from './inbound-message.js';
import { findIssueRepliedTo } from './participants.js';

export type { InboundAttachment, InboundEmail } from './inbound-message.js';

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

type Mailbox = { workspaceId: string; supportAddress: string };

/** The workspace the email is for: the first recipient that is a support address. */
async function mailboxOf(deps: Deps, recipients: string[]): Promise<Mailbox> {
  for (const recipient of recipients) {
    const workspaceId = await workspaceForAddress(deps, recipient);
    if (workspaceId) return { workspaceId, supportAddress: recipient.toLowerCase() };
  }
  throw notFound('Mailbox');
}

/** What filing one email decides before it becomes a reply or a new issue. */
interface Filing {
  actor: Actor;
  contact: Contact;
  messageId: string;
  createdAt: string;
  bodyHtml: string;
  fileUrls: string[];
  emailInfo: EmailInfo;
}

async function addReply(trx: Db, deps: Deps, issue: Issue, f: Filing): Promise<void> {
  const message = newMessage(
    {
      id: f.messageId,
      workspaceId: issue.workspaceId,
      issueId: issue.id,
      isPrivate: false,
      source: 'email',
      bodyHtml: f.bodyHtml,
      fileUrls: f.fileUrls,
      emailInfo: f.emailInfo,
      createdAt: f.createdAt,
    },
    { contact: f.contact },
  );
  await postMessage(trx, issue, message);
  await applyMessageToIssue(trx, deps, issue, message);
}

async function openEmailIssue(trx: Db, deps: Deps, f: Filing, subject: string, mailbox: Mailbox): Promise<string> {
  const opened = await openIssue(trx, deps, f.actor, {
    title: subject.trim().slice(0, 500) || '(no subject)',
    bodyHtml: f.bodyHtml,
    source: 'email',
    accountId: f.contact.accountId,
    requesterId: f.contact.id,
    assigneeId: null,
    teamId: null,
    tags: [],
    attachmentUrls: f.fileUrls,
    customerPortalVisible: false,
    authorUnverified: true,
    supportEmail: mailbox.supportAddress,
    createdAt: f.createdAt,
    firstMessage: { id: f.messageId, author: { contact: f.contact }, emailInfo: f.emailInfo },
  });
  return opened.issue.id;
}

type Filed = { issueId: string; messageId: string; duplicate: boolean };

export interface ReceiveOptions {
  /**
   * Runs in the filing transaction, before the email is filed: what it records commits with the filing or not at
   * all (the IMAP poller records the message's UID here, so a message is filed exactly once).
   */
  beforeFiling?: (trx: Db) => Promise<void>;
}
type Attachments = (InboundEmail['attachments'][number] & { id: string })[];

async function storeAttachments(trx: Db, workspaceId: string, f: Filing, attachments: Attachments): Promise<void> {
  for (const { id, filename, contentType, content } of attachments) {
    const { messageId, createdAt } = f;
    await insertAttachment(trx, {
      id,
      workspaceId,
      messageId,
      filename,
      contentType,
      content,
      createdAt,
      size: content.length,
    });
  }
}

/** Files a cleaned email with a valid sender, in the given transaction. */
async function fileEmail(trx: Db, deps: Deps, email: InboundEmail, mailbox: Mailbox): Promise<Filed> {
  const { workspaceId } = mailbox;
  const sender = email.from.address.trim();
  const emailMessageId = email.messageId ?? `<${randomUUID()}@${mailbox.supportAddress.split('@')[1]}>`;
  const already = await findMessageByEmailMessageId(trx, workspaceId, [emailMessageId]);
  if (already) return { issueId: already.issueId, messageId: already.id, duplicate: true };
  const admin = await findFirstAdmin(trx, workspaceId);
  if (!admin) throw notFound('Workspace');
  const actor: Actor = { workspaceId, userId: admin.id, tokenId: 'inbound-email', role: 'admin' };
  const contact = await findOrCreateContactByEmail(trx, actor, {
    email: sender,
    name: email.from.name,
    accountId: null,
  });
  const attachments = email.attachments.map((a) => ({ ...a, id: randomUUID() }));
  const filing: Filing = {
    actor,
    contact,
    messageId: newId(),
    createdAt: nowIso(),
    bodyHtml: sanitizeHtml(email.html ?? textToHtml(email.text ?? '')).trim() || '<p></p>',
    fileUrls: attachments.map((a) => `${deps.publicUrl}/attachments/${a.id}/${encodeURIComponent(a.filename)}`),
    emailInfo: { fromEmail: sender, toEmails: email.to, ccEmails: email.cc, bccEmails: [], messageId: emailMessageId },
  };
  const referenced = [...(email.inReplyTo ? [email.inReplyTo] : []), ...email.references];
  const issue = await findIssueRepliedTo(trx, workspaceId, referenced, sender, [mailbox.supportAddress]);
  if (issue) await addReply(trx, deps, issue, filing);
  const issueId = issue ? issue.id : await openEmailIssue(trx, deps, filing, email.subject, mailbox);
  await storeAttachments(trx, workspaceId, filing, attachments);
  return { issueId, messageId: filing.messageId, duplicate: false };
}

/**
 * Files a received email. A reply (In-Reply-To/References naming a message of the workspace) joins that message's
 * issue as a customer message only when its sender takes part in the conversation (see `findIssueRepliedTo`);
 * any other email, a reply from anyone else included, opens an issue (source `email`) with the sender as
 * requester, created as a contact when unknown. Attachments are stored and linked from the message. All or
 * nothing, in one transaction; the same Message-ID received twice is filed once. Text is cleaned first
 * (`cleanInboundEmail`), so SQLite and PostgreSQL store the same thing.
 */
export async function receiveInboundEmail(
  deps: Deps,
  received: InboundEmail,
  options: ReceiveOptions = {},
): Promise<Filed> {
  const email = cleanInboundEmail(received);
  if (!isCleanAddress(email.from.address.trim())) throw invalid('The email has no valid From address');
  const mailbox = await mailboxOf(deps, email.recipients);
  const result = await deps.store.db.transaction().execute(async (trx) => {
    await options.beforeFiling?.(trx);
    return fileEmail(trx, deps, email, mailbox);
  });
  deps.notifyDelivery();
  return result;
}
