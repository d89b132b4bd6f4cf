import type { ContractBody } from '../../core/contract/operation-types.js';
import type { Db } from '../../core/store/database.js';
import { isUniqueViolation } from '../../core/store/database.js';
import type { Issue } from '../issues/issue.repository.js';
import { findMessageByExternalId, type EmailInfo } from './message.repository.js';
import type { Actor } from '../../core/actor.js';
import { requireContact } from '../contacts/contact.service.js';
import type { Deps } from '../../core/deps.js';
import { AppError, duplicate, invalid } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import { runIdempotent, type IdempotencyRequest } from '../../core/idempotency/run-idempotent.js';
import { requireIssue } from '../issues/issue.service.js';
import { applyMessageToIssue } from '../issues/issue-auto-state.js';
import { nowIso, parseTimestamp } from '../../core/clock.js';
import { requireUser } from '../users/user.service.js';
import { messageBody, rfc5322MessageId, validateAttachmentUrls, validateEmailList } from './message.fields.js';
import { enqueueEmail } from '../email/enqueue-email.js';
import { newMessage, type MessageAuthorSource } from './message.factory.js';
import { postMessage } from './post-message.js';
import { requireMessage } from './message.lookup.js';
import { attachUploadsToMessage } from '../attachments/attachment.service.js';

/** Source of a reply that records a message living in an external system (`custom_source`). */
export const CUSTOM_SOURCE = 'custom';

/** As the contract defines it. */
export type ReplyInput = ContractBody<'POST', '/issues/:id/reply'>;

function replyEmailInfo(issue: Issue, input: ReplyInput, messageId: string): EmailInfo | null {
  const to = validateEmailList('email_info.to_emails', input.email_info?.to_emails);
  const cc = validateEmailList('email_info.cc_emails', input.email_info?.cc_emails);
  const bcc = validateEmailList('email_info.bcc_emails', input.email_info?.bcc_emails);
  if (issue.source !== 'email') {
    return input.email_info ? { fromEmail: null, toEmails: to, ccEmails: cc, bccEmails: bcc, messageId: null } : null;
  }
  if (to.length + cc.length + bcc.length === 0) {
    throw invalid(
      'A reply on an email issue needs at least one recipient in email_info (to_emails, cc_emails or bcc_emails)',
    );
  }
  const from = issue.supportEmail;
  return {
    fromEmail: from,
    toEmails: to,
    ccEmails: cc,
    bccEmails: bcc,
    messageId: from ? rfc5322MessageId(messageId, from) : null,
  };
}

async function failIfExternalIdTaken(db: Db, actor: Actor, issueId: string, externalId: string): Promise<void> {
  const existing = await findMessageByExternalId(db, actor.workspaceId, issueId, externalId);
  if (existing) throw duplicate(`A message with external_id ${externalId} already exists on this issue`, existing.id);
}

/**
 * Posts a customer-facing reply to a customer-visible message of the issue, as the caller, `user_id`, or the customer
 * `contact_id`. With `custom_source`, records a message of an external system, once per `external_id` per issue.
 */
export async function createReply(
  deps: Deps,
  actor: Actor,
  issueIdOrNumber: string,
  input: ReplyInput,
  idempotency: IdempotencyRequest | undefined,
) {
  if (input.user_id && input.contact_id) throw invalid('Provide user_id or contact_id, not both');
  if (input.message_id.trim() === '') throw invalid('message_id must not be empty');
  const bodyHtml = messageBody(input.body_html);
  const fileUrls = validateAttachmentUrls(input.attachment_urls);
  const custom = input.custom_source;
  const externalId = custom?.external_id.trim();
  if (custom && !externalId) throw invalid('custom_source.external_id must not be empty');
  const createdAt = custom?.created_at ? parseTimestamp(custom.created_at, 'custom_source.created_at') : nowIso();

  const attempt = () =>
    runIdempotent(deps, actor, idempotency, async (trx) => {
      const issue = await requireIssue(trx, actor, issueIdOrNumber);
      const target = await requireMessage(trx, actor, issue.id, input.message_id);
      // An issue opened as an internal note has no customer-visible message yet: its first reply answers that note.
      if (target.isPrivate && target.id !== issue.firstMessageId)
        throw invalid('message_id must be a customer-visible message or the first message, not an internal note');
      if (externalId) await failIfExternalIdTaken(trx, actor, issue.id, externalId);
      const author: MessageAuthorSource = input.contact_id
        ? { contact: await requireContact(trx, actor, input.contact_id) }
        : { user: await requireUser(trx, actor, input.user_id || actor.userId) };
      const id = newId();
      const message = newMessage(
        {
          id,
          workspaceId: actor.workspaceId,
          issueId: issue.id,
          isPrivate: false,
          source: custom ? CUSTOM_SOURCE : issue.source,
          bodyHtml,
          fileUrls,
          emailInfo: replyEmailInfo(issue, input, id),
          externalId,
          externalMetadata: custom?.metadata,
          createdAt,
        },
        author,
      );
      const posted = await postMessage(trx, issue, message);
      await attachUploadsToMessage(trx, deps, actor, id, fileUrls);
      await applyMessageToIssue(trx, deps, issue, message);
      if (issue.source === 'email' && !custom) await enqueueEmail(trx, deps, message);
      return posted;
    });

  try {
    return await attempt();
  } catch (error) {
    // Two replies with the same external_id raced: the loser answers as a duplicate of the winner.
    if (externalId && isUniqueViolation(error) && !(error instanceof AppError)) {
      const issue = await requireIssue(deps.store.db, actor, issueIdOrNumber);
      await failIfExternalIdTaken(deps.store.db, actor, issue.id, externalId);
    }
    throw error;
  }
}
