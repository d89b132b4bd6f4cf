import type { ContractBody } from '../../core/contract/operation-types.js';
import type { Actor } from '../../core/actor.js';
import { nowIso, parseTimestamp } from '../../core/clock.js';
import type { Deps } from '../../core/deps.js';
import { invalid, notFound } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import type { Db } from '../../core/store/database.js';
import { findAccountByIdOrExternalId } from '../accounts/account.repository.js';
import { recordEvent } from '../events/event.service.js';
import { accountHighlightJson } from './account-highlight.json.js';
import {
  deleteHighlightRow,
  findHighlight,
  insertHighlight,
  updateHighlightRow,
  type AccountHighlight,
} from './account-highlight.repository.js';

function contentHtml(value: string): string {
  if (value.trim() === '') throw invalid('content_html must not be empty');
  return value;
}

/** `expires_at` must lie ahead: a highlight that has already expired would never show. `""` clears it. */
function expiresAt(value: string): string | null {
  if (value === '') return null;
  const at = parseTimestamp(value, 'expires_at');
  if (at <= nowIso()) throw invalid('expires_at must be in the future');
  return at;
}

async function requireAccountId(db: Db, actor: Actor, idOrExternalId: string): Promise<string> {
  const account = await findAccountByIdOrExternalId(db, actor.workspaceId, idOrExternalId);
  if (!account) throw notFound('Account');
  return account.id;
}

async function requireHighlight(db: Db, actor: Actor, accountId: string, id: string): Promise<AccountHighlight> {
  const highlight = await findHighlight(db, actor.workspaceId, await requireAccountId(db, actor, accountId), id);
  if (!highlight) throw notFound('Account highlight');
  return highlight;
}

export async function createHighlight(
  deps: Deps,
  actor: Actor,
  accountId: string,
  input: ContractBody<'POST', '/accounts/:account_id/highlights'>,
) {
  const content = contentHtml(input.content_html);
  const expires = input.expires_at === undefined ? null : expiresAt(input.expires_at);
  return deps.store.db.transaction().execute(async (trx) => {
    const now = nowIso();
    const highlight: AccountHighlight = {
      id: newId(),
      workspaceId: actor.workspaceId,
      accountId: await requireAccountId(trx, actor, accountId),
      contentHtml: content,
      expiresAt: expires,
      createdAt: now,
      updatedAt: now,
    };
    await insertHighlight(trx, highlight);
    const json = accountHighlightJson(highlight);
    await recordEvent(trx, {
      workspaceId: actor.workspaceId,
      type: 'account_highlight.created',
      subjectId: highlight.id,
      payload: { highlight: json },
    });
    return json;
  });
}

export async function updateHighlight(
  deps: Deps,
  actor: Actor,
  accountId: string,
  id: string,
  input: ContractBody<'PATCH', '/accounts/:account_id/highlights/:highlight_id'>,
) {
  const content = input.content_html === undefined ? undefined : contentHtml(input.content_html);
  const expires = input.expires_at === undefined ? undefined : expiresAt(input.expires_at);
  return deps.store.db.transaction().execute(async (trx) => {
    const highlight = await requireHighlight(trx, actor, accountId, id);
    const next = {
      ...highlight,
      contentHtml: content ?? highlight.contentHtml,
      expiresAt: expires === undefined ? highlight.expiresAt : expires,
      updatedAt: nowIso(),
    };
    await updateHighlightRow(trx, next);
    const json = accountHighlightJson(next);
    await recordEvent(trx, {
      workspaceId: actor.workspaceId,
      type: 'account_highlight.updated',
      subjectId: next.id,
      payload: { highlight: json },
    });
    return json;
  });
}

export async function deleteHighlight(deps: Deps, actor: Actor, accountId: string, id: string) {
  await deps.store.db.transaction().execute(async (trx) => {
    const highlight = await requireHighlight(trx, actor, accountId, id);
    await deleteHighlightRow(trx, highlight.id);
    await recordEvent(trx, {
      workspaceId: actor.workspaceId,
      type: 'account_highlight.deleted',
      subjectId: highlight.id,
      payload: { highlight_id: highlight.id, account_id: highlight.accountId },
    });
  });
  return { success: true };
}
