import { nowIso } from '../../core/clock.js';
import { newId } from '../../core/ids.js';
import type { Contact } from '../contacts/contact.repository.js';
import type { User } from '../users/user.repository.js';
import type { EmailInfo, MessageAuthor, MessageView } from './message.repository.js';

/** Who wrote a message: an agent (a user) or a customer (a contact), as already loaded by the caller. */
export type MessageAuthorSource =
  | { user: Pick<User, 'id' | 'name' | 'email' | 'avatarUrl'> }
  | { contact: Pick<Contact, 'id' | 'name' | 'email' | 'avatarUrl'> };

/** What a caller decides about a new message; everything else has its default here. */
export interface NewMessageFields {
  id?: string;
  workspaceId: string;
  issueId: string;
  /** The internal thread of a note; null for customer-visible messages. */
  threadId?: string | null;
  isPrivate: boolean;
  source: string;
  bodyHtml: string;
  fileUrls?: string[];
  emailInfo?: EmailInfo | null;
  externalId?: string | null;
  externalMetadata?: Record<string, unknown> | null;
  /** When it was written (an imported or external message keeps its own time); default now. */
  createdAt?: string;
}

function authorOf(source: MessageAuthorSource): MessageAuthor {
  if ('user' in source) {
    const { user } = source;
    return { name: user.name, avatarUrl: user.avatarUrl, user: { id: user.id, email: user.email }, contact: null };
  }
  const { contact } = source;
  return {
    name: contact.name,
    avatarUrl: contact.avatarUrl,
    user: null,
    contact: { id: contact.id, email: contact.email },
  };
}

/**
 * The one way a message is made: issue creation, replies, notes and inbound email all build theirs here, with its
 * author resolved, so it can be stored and announced from memory.
 */
export function newMessage(fields: NewMessageFields, author: MessageAuthorSource): MessageView {
  const resolved = authorOf(author);
  return {
    id: fields.id ?? newId(),
    workspaceId: fields.workspaceId,
    issueId: fields.issueId,
    threadId: fields.threadId ?? null,
    isPrivate: fields.isPrivate,
    source: fields.source,
    bodyHtml: fields.bodyHtml,
    fileUrls: fields.fileUrls ?? [],
    authorUserId: resolved.user?.id ?? null,
    authorContactId: resolved.contact?.id ?? null,
    emailInfo: fields.emailInfo ?? null,
    externalId: fields.externalId ?? null,
    externalMetadata: fields.externalMetadata ?? null,
    createdAt: fields.createdAt ?? nowIso(),
    redactedAt: null,
    author: resolved,
  };
}
