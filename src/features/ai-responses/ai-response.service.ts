import type { Actor } from '../../core/actor.js';
import type { ContractBody } from '../../core/contract/operation-types.js';
import type { Deps } from '../../core/deps.js';
import { invalid } from '../../core/errors.js';
import { sanitizeHtml } from '../../core/html.js';
import type { Db } from '../../core/store/database.js';
import { recordEvent } from '../events/event.service.js';
import { requireIssue } from '../issues/issue.service.js';
import { newMessage } from '../messages/message.factory.js';
import { postMessage } from '../messages/post-message.js';
import { defaultThread } from '../threads/thread.service.js';
import { requireUser } from '../users/user.service.js';
import { requireAiAgent } from './ai-agent.service.js';
import type { ChatModel } from './chat-model.js';
import { readConversation } from './conversation.js';
import { composeFromSources, draftFromModel, modelMessages, type Draft, type Source } from './draft.js';
import { findSources } from './retrieval.js';

/** As the contract defines it. */
export type AiResponseInput = ContractBody<'POST', '/issues/:id/ai-response'>;

/**
 * Drafts the next reply to an issue's conversation with an agent: from the configured model, given the best-matching
 * knowledge-base articles and macros as its sources, or, without a model, composed from those sources. The draft is
 * answered; with `post_as_internal_note` a draft that answers the question is also posted as an internal note (by
 * the caller, in the issue's default internal thread). Either way `issue.ai_response_created` is recorded.
 */
export async function createAiResponse(
  deps: Deps,
  actor: Actor,
  issueIdOrNumber: string,
  input: AiResponseInput,
  model: ChatModel | undefined,
) {
  const agentId = input.ai_agent_id.trim();
  if (agentId === '') throw invalid('ai_agent_id must name an AI agent (every workspace has `default`)');
  const db = deps.store.db;
  const issue = await requireIssue(db, actor, issueIdOrNumber);
  const agent = await requireAiAgent(db, actor, agentId);
  const conversation = await readConversation(db, issue);
  const sources = await findSources(db, actor.workspaceId, conversation.question);
  // The model is asked outside any transaction: nothing is held while it thinks.
  const draft = model
    ? draftFromModel(await model.complete(modelMessages(agent, conversation, sources)), sources)
    : composeFromSources(conversation, sources);
  const html = sanitizeHtml(draft.html);
  await db.transaction().execute(async (trx) => {
    const noteId = input.post_as_internal_note && draft.valid ? await postNote(trx, actor, issue.id, html) : undefined;
    await recordDraft(trx, actor, {
      issueId: issue.id,
      agentId: agent.id,
      model: model !== undefined,
      draft,
      sources,
      noteId,
    });
  });
  return { response_html: html, response_valid: draft.valid };
}

/** The draft as an internal note by the caller; the issue is looked up again, as it may have gone meanwhile. */
async function postNote(trx: Db, actor: Actor, issueId: string, html: string): Promise<string> {
  const issue = await requireIssue(trx, actor, issueId);
  const author = await requireUser(trx, actor, actor.userId);
  const thread = await defaultThread(trx, actor, issue.id, undefined);
  const message = newMessage(
    {
      workspaceId: actor.workspaceId,
      issueId: issue.id,
      threadId: thread.id,
      isPrivate: true,
      source: thread.source,
      bodyHtml: html,
    },
    { user: author },
  );
  await postMessage(trx, issue, message);
  return message.id;
}

async function recordDraft(
  trx: Db,
  actor: Actor,
  made: { issueId: string; agentId: string; model: boolean; draft: Draft; sources: Source[]; noteId?: string },
): Promise<void> {
  await recordEvent(trx, {
    workspaceId: actor.workspaceId,
    type: 'issue.ai_response_created',
    subjectId: made.issueId,
    payload: {
      issue_id: made.issueId,
      ai_agent_id: made.agentId,
      mode: made.model ? 'model' : 'retrieval',
      response_valid: made.draft.valid,
      sources: made.sources.map(({ type, id, title }) => ({ type, id, title })),
      ...(made.noteId ? { note_message_id: made.noteId } : {}),
    },
  });
}
