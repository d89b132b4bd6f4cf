import type { ContractBody } from '../../core/contract/operation-types.js';
import { findThreadById } from '../threads/thread.repository.js';
import type { Actor } from '../../core/actor.js';
import type { Deps } from '../../core/deps.js';
import { invalid, notFound } from '../../core/errors.js';
import { runIdempotent, type IdempotencyRequest } from '../../core/idempotency/run-idempotent.js';
import { requireIssue } from '../issues/issue.service.js';
import { requireUser } from '../users/user.service.js';
import { messageBody, validateAttachmentUrls } from './message.fields.js';
import { newMessage } from './message.factory.js';
import { postMessage } from './post-message.js';
import { requireMessage } from './message.lookup.js';
import { attachUploadsToMessage } from '../attachments/attachment.service.js';
import { defaultThread } from '../threads/thread.service.js';

/** As the contract defines it. */
export type NoteInput = ContractBody<'POST', '/issues/:id/note'>;

/**
 * Posts an internal note (never visible to the customer). Thread: `thread_id`, or the thread of the internal note
 * `message_id`, or, with neither, the issue's default internal thread (created, named `thread_name`, when missing).
 * Empty `thread_id`, `message_id` and `thread_name` count as omitted.
 */
export async function createNote(
  deps: Deps,
  actor: Actor,
  issueIdOrNumber: string,
  input: NoteInput,
  idempotency: IdempotencyRequest | undefined,
) {
  const threadId = input.thread_id || undefined;
  const messageId = input.message_id || undefined;
  if (threadId && messageId) throw invalid('Provide thread_id or message_id, not both');
  const bodyHtml = messageBody(input.body_html);
  const fileUrls = validateAttachmentUrls(input.attachment_urls);

  return runIdempotent(deps, actor, idempotency, async (trx) => {
    const issue = await requireIssue(trx, actor, issueIdOrNumber);
    const author = await requireUser(trx, actor, input.user_id || actor.userId);
    let thread;
    if (threadId) {
      thread = await findThreadById(trx, actor.workspaceId, issue.id, threadId);
      if (!thread) throw notFound('Thread');
    } else if (messageId) {
      const target = await requireMessage(trx, actor, issue.id, messageId);
      if (!target.isPrivate || !target.threadId) throw invalid('message_id must be an internal note of this issue');
      thread = await findThreadById(trx, actor.workspaceId, issue.id, target.threadId);
      if (!thread) throw notFound('Thread');
    } else {
      thread = await defaultThread(trx, actor, issue.id, input.thread_name);
    }
    const message = newMessage(
      {
        workspaceId: actor.workspaceId,
        issueId: issue.id,
        threadId: thread.id,
        isPrivate: true,
        source: thread.source,
        bodyHtml,
        fileUrls,
      },
      { user: author },
    );
    const posted = await postMessage(trx, issue, message);
    await attachUploadsToMessage(trx, deps, actor, message.id, fileUrls);
    return posted;
  });
}
