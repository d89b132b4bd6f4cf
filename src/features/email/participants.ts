import type { Db } from '../../core/store/database.js';
import { emailKey, findContactByEmail, findContactById } from '../contacts/contact.repository.js';
import { findIssueByIdOrNumber, type Issue } from '../issues/issue.repository.js';
import { findMessageByEmailMessageId, listEmailInfosOfIssue, type EmailInfo } from '../messages/message.repository.js';

/** Every address a stored message was sent from or to (older rows may lack a list). */
const addressesOf = (info: EmailInfo): string[] =>
  [info.fromEmail, ...(info.toEmails ?? []), ...(info.ccEmails ?? []), ...(info.bccEmails ?? [])].filter(
    (address): address is string => typeof address === 'string',
  );

/**
 * Whether `sender` takes part in the issue's conversation: its requester, an address that sent or received one of
 * its messages (From, To, Cc or Bcc), or a contact of the issue's account. The workspace's own support addresses
 * never count: mail claiming to come from them is not trusted to join a conversation.
 */
export async function isConversationParticipant(
  db: Db,
  issue: Issue,
  sender: string,
  ownAddresses: string[],
): Promise<boolean> {
  const key = emailKey(sender);
  if (ownAddresses.some((address) => emailKey(address) === key)) return false;
  if (issue.requesterId) {
    const requester = await findContactById(db, issue.workspaceId, issue.requesterId);
    if (requester?.email && emailKey(requester.email) === key) return true;
  }
  if (issue.accountId) {
    const contact = await findContactByEmail(db, issue.workspaceId, sender);
    if (contact?.accountId === issue.accountId) return true;
  }
  const infos = await listEmailInfosOfIssue(db, issue.workspaceId, issue.id);
  return infos.some((info) => addressesOf(info).some((address) => emailKey(address) === key));
}

/**
 * The issue an email replies to: the one holding the latest message it names (In-Reply-To, References), provided
 * the sender takes part in that conversation. Knowing a Message-ID is not enough to write into someone else's issue
 * (Message-IDs travel in every quoted or forwarded mail), so a reply from anyone else is filed as a new issue of
 * its own, with the sender as requester, and the named issue is left untouched.
 */
export async function findIssueRepliedTo(
  db: Db,
  workspaceId: string,
  referencedIds: string[],
  sender: string,
  ownAddresses: string[],
): Promise<Issue | undefined> {
  const referenced = await findMessageByEmailMessageId(db, workspaceId, referencedIds);
  const issue = referenced && (await findIssueByIdOrNumber(db, workspaceId, referenced.issueId));
  if (!issue) return undefined;
  return (await isConversationParticipant(db, issue, sender, [...ownAddresses, issue.supportEmail ?? '']))
    ? issue
    : undefined;
}
