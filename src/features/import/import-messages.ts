import type { ContractSchema } from '../../core/contract/operation-types.js';
import type { Db } from '../../core/store/database.js';
import type { Actor } from '../../core/actor.js';
import { invalid } from '../../core/errors.js';
import { sanitizeHtml } from '../../core/html.js';
import { recordEvent } from '../events/event.service.js';
import type { Issue } from '../issues/issue.repository.js';
import { requireContact } from '../contacts/contact.service.js';
import { newMessage, type MessageAuthorSource } from '../messages/message.factory.js';
import { messageJson } from '../messages/message.json.js';
import { insertMessage, type MessageView } from '../messages/message.repository.js';
import { defaultThread } from '../threads/thread.service.js';
import { requireUser } from '../users/user.service.js';
import { optionalTimestamp, screenAttachmentUrls } from './import.fields.js';

/** As the contract defines it. */
export type ImportMessageInput = ContractSchema<'ImportIssueMessage'>;

/** An imported message checked against the request's rules, before anything is looked up. */
export interface MessageDraft {
  bodyHtml: string;
  isPrivate: boolean;
  /** Its own time; null takes the time the caller decides (the issue's, or the import's). */
  createdAt: string | null;
  fileUrls: string[];
  author: { userId: string } | { contactId: string } | null;
}

function draftMessage(input: ImportMessageInput, index: number, skipped: string[]): MessageDraft {
  const field = `messages[${index}]`;
  const bodyHtml = sanitizeHtml(input.body_html).trim();
  if (bodyHtml === '') throw invalid(`${field}.body_html must have content (after removing disallowed HTML)`);
  const userId = input.user_id?.trim() || null;
  const contactId = input.contact_id?.trim() || null;
  if (userId && contactId) throw invalid(`${field}: provide user_id or contact_id, not both`);
  if (input.is_private && contactId) throw invalid(`${field}: a private message is written by a user, not a contact`);
  return {
    bodyHtml,
    isPrivate: input.is_private,
    createdAt: optionalTimestamp(input.created_at, `${field}.created_at`),
    fileUrls: screenAttachmentUrls(`${field}.attachment_urls`, input.attachment_urls, skipped),
    author: userId ? { userId } : contactId ? { contactId } : null,
  };
}

/** Checks every message of a request (at least one); unkept attachment URLs are collected in `skipped`. */
export function draftMessages(inputs: ImportMessageInput[], skipped: string[]): MessageDraft[] {
  if (inputs.length === 0) throw invalid('messages must hold at least one message');
  if (inputs.length > 1000) throw invalid('messages may hold at most 1000 messages per request');
  return inputs.map((input, index) => draftMessage(input, index, skipped));
}

/** The drafts oldest first, undated ones at `fallbackTime`; equal times keep the order they were sent in. */
export function inTimeOrder(drafts: MessageDraft[], fallbackTime: string): (MessageDraft & { createdAt: string })[] {
  return drafts
    .map((draft) => ({ ...draft, createdAt: draft.createdAt ?? fallbackTime }))
    .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
}

async function resolveAuthor(db: Db, actor: Actor, draft: MessageDraft): Promise<MessageAuthorSource> {
  if (draft.author && 'contactId' in draft.author)
    return { contact: await requireContact(db, actor, draft.author.contactId) };
  return { user: await requireUser(db, actor, draft.author?.userId ?? actor.userId) };
}

/**
 * Stores imported messages on an issue with their own times, in the caller's transaction, and records each as
 * `message.created` marked `imported`. Unlike a live message nothing is delivered (no email is queued) and the
 * issue's state is left alone: the history already happened elsewhere. Private messages join the issue's default
 * internal thread, as notes do.
 */
export async function storeImportedMessages(
  trx: Db,
  actor: Actor,
  issue: Pick<Issue, 'id' | 'source'>,
  drafts: (MessageDraft & { createdAt: string })[],
  ids: string[] = [],
): Promise<MessageView[]> {
  const stored: MessageView[] = [];
  for (const [index, draft] of drafts.entries()) {
    const thread = draft.isPrivate ? await defaultThread(trx, actor, issue.id, undefined) : undefined;
    const message = newMessage(
      {
        id: ids[index],
        workspaceId: actor.workspaceId,
        issueId: issue.id,
        threadId: thread?.id ?? null,
        isPrivate: draft.isPrivate,
        source: thread?.source ?? issue.source,
        bodyHtml: draft.bodyHtml,
        fileUrls: draft.fileUrls,
        createdAt: draft.createdAt,
      },
      await resolveAuthor(trx, actor, draft),
    );
    await insertMessage(trx, message);
    await recordEvent(trx, {
      workspaceId: actor.workspaceId,
      type: 'message.created',
      subjectId: message.id,
      payload: { issue_id: issue.id, message: messageJson(message), imported: true },
    });
    stored.push(message);
  }
  return stored;
}
