/**
 * Pylon's public shapes of Helpline's objects. The HTTP layer answers with them and events carry them, so a
 * connected system sees the same object whichever way it arrives. Absent values are left out, never `null`.
 */
import type { Account, ExternalId } from '../features/accounts/account.repository.js';
import type { AuditLogEntry } from '../features/audit-logs/audit-log.repository.js';
import type { Contact } from '../features/contacts/contact.repository.js';
import type { Issue } from '../features/issues/issue.repository.js';
import type { MessageView } from '../features/messages/message.repository.js';
import type { Thread } from '../features/threads/thread.repository.js';
import type { User } from '../features/users/user.repository.js';

type Json = Record<string, unknown>;

/**
 * Copies an object without its null and undefined values. A copy, not `delete`: deleting keys turns objects into
 * slow dictionaries, and lists serialize thousands of them.
 */
function compact<T extends Json>(object: T): T {
  const out: Json = {};
  for (const key in object) {
    const value = object[key];
    if (value !== null && value !== undefined) out[key] = value;
  }
  return out as T;
}

const externalIdsJson = (ids: ExternalId[]) => ids.map((e) => compact({ external_id: e.externalId, label: e.label }));

export function messageJson(message: MessageView): Json {
  const author = message.author;
  return compact({
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

export function threadJson(thread: Thread): Json {
  return compact({
    id: thread.id,
    issue_id: thread.issueId,
    name: thread.name,
    source: thread.source,
    channel_id: thread.channelId,
    thread_id: thread.externalThreadId,
  });
}

/** An issue with the people and account it points at resolved, as the API shows it. */
export interface IssueView {
  issue: Issue;
  account: { id: string; externalIds: ExternalId[] } | null;
  requester: { id: string; email: string | null } | null;
  assignee: { id: string; email: string } | null;
}

export function issueJson(view: IssueView, publicUrl: string): Json {
  const { issue } = view;
  return compact({
    id: issue.id,
    number: issue.number,
    title: issue.title,
    body_html: issue.bodyHtml,
    state: issue.state,
    source: issue.source,
    type: issue.type,
    link: `${publicUrl}/issues/${issue.id}`,
    account: view.account ? { id: view.account.id, external_ids: externalIdsJson(view.account.externalIds) } : null,
    requester: view.requester ? compact({ id: view.requester.id, email: view.requester.email }) : null,
    assignee: view.assignee ? { id: view.assignee.id, email: view.assignee.email } : null,
    team: issue.teamId ? { id: issue.teamId } : null,
    tags: issue.tags,
    custom_fields: {},
    attachment_urls: issue.attachmentUrls,
    author_unverified: issue.authorUnverified,
    customer_portal_visible: issue.customerPortalVisible,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    latest_message_time: issue.latestMessageTime,
  });
}

export function userJson(user: User): Json {
  return compact({
    id: user.id,
    name: user.name,
    email: user.email,
    emails: [user.email],
    avatar_url: user.avatarUrl,
    role_id: user.role,
    role: { id: user.role, name: user.role === 'admin' ? 'Admin' : 'Member', slug: user.role },
    status: user.status,
  });
}

export function contactJson(contact: Contact, accountExternalIds: ExternalId[] = []): Json {
  return compact({
    id: contact.id,
    name: contact.name,
    email: contact.email,
    emails: contact.email ? [contact.email] : [],
    avatar_url: contact.avatarUrl,
    account: contact.accountId ? { id: contact.accountId, external_ids: externalIdsJson(accountExternalIds) } : null,
    phone_numbers: contact.phoneNumbers,
    primary_phone_number: contact.primaryPhoneNumber,
    portal_role: contact.portalRole,
    custom_fields: {},
    external_ids: [],
    integration_user_ids: [],
  });
}

export function accountJson(account: Account): Json {
  return compact({
    id: account.id,
    name: account.name,
    type: account.type,
    domain: account.primaryDomain ?? account.domains[0] ?? null,
    domains: account.domains,
    primary_domain: account.primaryDomain,
    owner: account.ownerId ? { id: account.ownerId } : null,
    tags: account.tags,
    external_ids: externalIdsJson(account.externalIds),
    custom_fields: {},
    channels: [],
    is_disabled: false,
    created_at: account.createdAt,
    updated_at: account.updatedAt,
  });
}

export function auditLogJson(entry: AuditLogEntry): Json {
  return compact({
    id: entry.id,
    action: entry.action,
    action_happened_at: entry.happenedAt,
    actor_user_id: entry.actorUserId,
    object_type: entry.objectType,
    object_id: entry.objectId,
    attributes: entry.attributes,
    metadata: {},
    source: 'api',
    created_at: entry.happenedAt,
  });
}
