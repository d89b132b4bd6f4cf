import type { ContractBody } from '../../core/contract/operation-types.js';
import type { Actor } from '../../core/actor.js';
import { nowIso, parseTimestamp } from '../../core/clock.js';
import type { Deps } from '../../core/deps.js';
import { invalid, notFound } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import { findAccountByIdOrExternalId } from '../accounts/account.repository.js';
import { requireContact } from '../contacts/contact.service.js';
import { recordEvent } from '../events/event.service.js';
import { requireUser } from '../users/user.service.js';
import { insertActivity, type AccountActivity } from './account-activity.repository.js';
import { listActivityTypes } from './activity-type.repository.js';

const DEFAULT_LINK_TEXT = 'Open link';

function httpLink(value: string): string {
  const link = value.trim();
  if (!URL.canParse(link) || !/^https?:$/.test(new URL(link).protocol)) throw invalid('link must be an http(s) URL');
  return link;
}

/** `GET /activity-types`: the workspace's catalog, on one page. */
export async function getActivityTypes(deps: Deps, actor: Actor) {
  const rows = await listActivityTypes(deps.store.db, actor.workspaceId);
  return {
    data: rows.map((r) => ({
      id: r.id,
      slug: r.slug,
      label: r.label,
      ...(r.icon_url ? { icon_url: r.icon_url } : {}),
    })),
    pagination: { cursor: '', has_next_page: false },
  };
}

/**
 * `POST /accounts/{id}/activities`: logs an activity of one of the workspace's types (by `slug`) on the account's
 * timeline, done by a user or a contact (at most one), when it happened (default now).
 */
export async function createActivity(
  deps: Deps,
  actor: Actor,
  idOrExternalId: string,
  input: ContractBody<'POST', '/accounts/:id/activities'>,
) {
  if (input.user_id && input.contact_id) throw invalid('Provide user_id or contact_id, not both');
  const link = input.link ? httpLink(input.link) : null;
  const happenedAt = input.happened_at ? parseTimestamp(input.happened_at, 'happened_at') : nowIso();
  await deps.store.db.transaction().execute(async (trx) => {
    const account = await findAccountByIdOrExternalId(trx, actor.workspaceId, idOrExternalId);
    if (!account) throw notFound('Account');
    const type = (await listActivityTypes(trx, actor.workspaceId)).find((t) => t.slug === input.slug);
    if (!type) throw notFound('Activity type');
    const activity: AccountActivity = {
      id: newId(),
      workspaceId: actor.workspaceId,
      accountId: account.id,
      activityTypeId: type.id,
      bodyHtml: input.body_html ?? null,
      link,
      linkText: link ? input.link_text?.trim() || DEFAULT_LINK_TEXT : null,
      userId: input.user_id ? (await requireUser(trx, actor, input.user_id)).id : null,
      contactId: input.contact_id ? (await requireContact(trx, actor, input.contact_id)).id : null,
      happenedAt,
      createdAt: nowIso(),
    };
    await insertActivity(trx, activity);
    await recordEvent(trx, {
      workspaceId: actor.workspaceId,
      type: 'account_activity.created',
      subjectId: activity.id,
      payload: {
        activity: {
          id: activity.id,
          account_id: activity.accountId,
          slug: type.slug,
          body_html: activity.bodyHtml,
          link: activity.link,
          link_text: activity.linkText,
          user_id: activity.userId,
          contact_id: activity.contactId,
          happened_at: activity.happenedAt,
        },
      },
    });
  });
  return { success: true };
}
