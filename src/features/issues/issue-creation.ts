import type { ContractBody } from '../../core/contract/operation-types.js';
import type { Db } from '../../core/store/database.js';
import { findAccountById } from '../accounts/account.repository.js';
import type { Contact } from '../contacts/contact.repository.js';
import { insertIssue, type Issue, type IssueSource } from './issue.repository.js';
import type { EmailInfo } from '../messages/message.repository.js';
import { takeNextIssueNumber } from '../workspaces/workspace.repository.js';
import type { Actor } from '../../core/actor.js';
import { findOrCreateContactByEmail, requireContact } from '../contacts/contact.service.js';
import type { Deps } from '../../core/deps.js';
import { isEmail } from '../../core/email-address.js';
import { invalid, notFound } from '../../core/errors.js';
import { recordEvent } from '../events/event.service.js';
import { sanitizeHtml } from '../../core/html.js';
import { newId } from '../../core/ids.js';
import { issueTags, issueTitle } from './issue.fields.js';
import { presentIssue } from './issue.service.js';
import { enqueueEmail } from '../email/enqueue-email.js';
import { newMessage, type MessageAuthorSource } from '../messages/message.factory.js';
import { storeMessage } from '../messages/post-message.js';
import { nowIso, parseTimestamp } from '../../core/clock.js';
import { requireUser } from '../users/user.service.js';
import { rfc5322MessageId, validateAttachmentUrls } from '../messages/message.fields.js';
import { requireTeam } from '../teams/team.service.js';
import { customFieldValuesForNewObject } from '../custom-fields/custom-field-values.js';
import { attachUploadsToMessage } from '../attachments/attachment.service.js';

/** Issue source for each delivery destination of the first message. */
const SOURCE_BY_DESTINATION: Record<string, IssueSource> = {
  internal: 'manual',
  email: 'email',
  slack: 'slack',
  in_app_chat: 'chat_widget',
  sms: 'sms',
  whatsapp: 'whatsapp',
};

/** As the contract defines it. */
export type CreateIssueInput = ContractBody<'POST', '/issues'>;

async function resolveRequester(
  db: Db,
  actor: Actor,
  input: CreateIssueInput,
): Promise<{ accountId: string | null; requester: Contact | null }> {
  let accountId: string | null = null;
  if (input.account_id) {
    if (!(await findAccountById(db, actor.workspaceId, input.account_id))) throw notFound('Account');
    accountId = input.account_id;
  }
  if (input.requester_id) {
    const requester = await requireContact(db, actor, input.requester_id);
    if (accountId && requester.accountId && requester.accountId !== accountId) {
      throw invalid('The requester does not belong to the given account');
    }
    return { accountId: accountId ?? requester.accountId, requester };
  }
  if (input.requester_email) {
    const requester = await findOrCreateContactByEmail(db, actor, {
      email: input.requester_email,
      name: input.requester_name,
      avatarUrl: input.requester_avatar_url,
      accountId,
    });
    return { accountId: accountId ?? requester.accountId, requester };
  }
  if (!accountId) throw invalid('Provide account_id or requester information (requester_id or requester_email)');
  return { accountId, requester: null };
}

function firstMessageEmailInfo(
  input: CreateIssueInput,
  requester: Contact | null,
  messageId: string,
): EmailInfo | null {
  const destination = input.destination_metadata;
  if (destination?.destination !== 'email') {
    if (destination?.email_ccs?.length || destination?.email_bccs?.length)
      throw invalid('email_ccs and email_bccs are only for the email destination');
    return null;
  }
  const from = destination.email?.trim();
  if (!from || !isEmail(from))
    throw invalid('destination_metadata.email (the sender address) is required for the email destination');
  if (!requester?.email) throw invalid('The email destination needs a requester with an email address');
  const cc = destination.email_ccs ?? [];
  const bcc = destination.email_bccs ?? [];
  for (const address of [...cc, ...bcc]) if (!isEmail(address)) throw invalid(`"${address}" is not an email address`);
  return {
    fromEmail: from,
    toEmails: [requester.email],
    ccEmails: cc,
    bccEmails: bcc,
    messageId: rfc5322MessageId(messageId, from),
  };
}

/**
 * Creates an issue and its first message, authored by `user_id` (default: the caller) or `contact_id`. Without
 * `destination_metadata` (or with the `internal` destination) the first message is an internal note and no customer
 * is contacted; a contact cannot author an internal note.
 */
export async function createIssue(deps: Deps, actor: Actor, input: CreateIssueInput) {
  const title = issueTitle(input.title);
  const tags = issueTags(input.tags ?? []);
  if (input.user_id && input.contact_id) throw invalid('Provide user_id or contact_id, not both');
  const destination = input.destination_metadata?.destination ?? 'internal';
  const source = SOURCE_BY_DESTINATION[destination];
  if (!source)
    throw invalid(`destination_metadata.destination must be one of ${Object.keys(SOURCE_BY_DESTINATION).join(', ')}`);
  if (input.contact_id && destination === 'internal')
    throw invalid('contact_id requires destination_metadata with a destination other than internal');
  const createdAt = input.created_at ? parseTimestamp(input.created_at, 'created_at') : nowIso();
  const attachmentUrls = validateAttachmentUrls(input.attachment_urls);
  const bodyHtml = sanitizeHtml(input.body_html);

  return deps.store.db.transaction().execute(async (trx) => {
    const { accountId, requester } = await resolveRequester(trx, actor, input);
    const author: MessageAuthorSource = input.contact_id
      ? { contact: await requireContact(trx, actor, input.contact_id) }
      : { user: await requireUser(trx, actor, input.user_id ?? actor.userId) };
    const messageId = newId();
    const emailInfo = firstMessageEmailInfo(input, requester, messageId);
    const opened = await openIssue(trx, deps, actor, {
      title,
      bodyHtml,
      source,
      accountId,
      requesterId: requester?.id ?? null,
      assigneeId: input.assignee_id ? (await requireUser(trx, actor, input.assignee_id)).id : null,
      teamId: input.team_id ? (await requireTeam(trx, actor, input.team_id)).id : null,
      customFields: await customFieldValuesForNewObject(trx, actor, 'issue', input.custom_fields),
      tags,
      attachmentUrls,
      customerPortalVisible: input.customer_portal_visible ?? false,
      authorUnverified: input.author_unverified ?? false,
      supportEmail: emailInfo?.fromEmail ?? null,
      createdAt,
      firstMessage: { id: messageId, author, emailInfo, internal: destination === 'internal' },
    });
    await attachUploadsToMessage(trx, deps, actor, messageId, attachmentUrls);
    return opened.json;
  });
}

/** Everything an issue is opened with; the rest (id, number, state, type, times) is decided here. */
export type IssueOpening = Omit<
  Issue,
  | 'id'
  | 'workspaceId'
  | 'number'
  | 'state'
  | 'type'
  | 'firstMessageId'
  | 'updatedAt'
  | 'latestMessageTime'
  | 'resolvedAt'
  | 'snoozedUntil'
  | 'customFields'
  | 'ticketFormId'
> & {
  firstMessage: {
    id: string;
    author: MessageAuthorSource;
    emailInfo: EmailInfo | null;
    /** An internal note (no destination): the customer does not see it. */
    internal?: boolean;
  };
} & Partial<Pick<Issue, 'customFields' | 'ticketFormId'>>;

/**
 * Inserts an issue with its first message (customer-visible unless `internal`), records `issue.created` and
 * `message.created`, and queues the first message's email when an agent wrote it to an email destination. In the
 * caller's transaction.
 */
export async function openIssue(trx: Db, deps: Deps, actor: Actor, opening: IssueOpening) {
  const { firstMessage, ...fields } = opening;
  const issue: Issue = {
    id: newId(),
    workspaceId: actor.workspaceId,
    number: await takeNextIssueNumber(trx, actor.workspaceId),
    state: 'new',
    type: 'conversation',
    customFields: {},
    ticketFormId: null,
    ...fields,
    firstMessageId: firstMessage.id,
    updatedAt: opening.createdAt,
    latestMessageTime: opening.createdAt,
    resolvedAt: null,
    snoozedUntil: null,
  };
  const message = newMessage(
    {
      id: firstMessage.id,
      workspaceId: actor.workspaceId,
      issueId: issue.id,
      isPrivate: firstMessage.internal ?? false,
      source: opening.source,
      bodyHtml: opening.bodyHtml,
      fileUrls: opening.attachmentUrls,
      emailInfo: firstMessage.emailInfo,
      createdAt: opening.createdAt,
    },
    firstMessage.author,
  );
  await insertIssue(trx, issue);
  const json = await presentIssue(deps, trx, actor, issue);
  await recordEvent(trx, {
    workspaceId: actor.workspaceId,
    type: 'issue.created',
    subjectId: issue.id,
    payload: { issue: json },
  });
  await storeMessage(trx, message);
  await enqueueEmail(trx, deps, message);
  return { issue, message, json };
}
