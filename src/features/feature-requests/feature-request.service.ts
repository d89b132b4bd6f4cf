import type { Actor } from '../../core/actor.js';
import { nowIso } from '../../core/clock.js';
import type { ContractBody } from '../../core/contract/operation-types.js';
import type { Deps } from '../../core/deps.js';
import { invalid, notFound } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import type { Db } from '../../core/store/database.js';
import { findAccountById } from '../accounts/account.repository.js';
import { recordAudit } from '../audit-logs/audit-log.service.js';
import { recordEvent } from '../events/event.service.js';
import { featureRequestJson } from './feature-request.json.js';
import {
  deleteFeatureRequest as deleteFeatureRequestRow,
  findFeatureRequestById,
  insertFeatureRequest,
  updateFeatureRequest as updateFeatureRequestRow,
  type FeatureRequest,
} from './feature-request.repository.js';

export type CreateFeatureRequestInput = ContractBody<'POST', '/feature-requests'>;
export type UpdateFeatureRequestInput = ContractBody<'PATCH', '/feature-requests/:id'>;
export type PortalVisibilityInput = ContractBody<'POST', '/feature-requests/:id/set-portal-visibility'>;

/** The built-in statuses; the workspace defines no custom feature-request statuses. */
export const REQUEST_STATUSES = ['new', 'in_progress', 'closed', 'archived'];
const MAX_TITLE_LENGTH = 300;
const MAX_DESCRIPTION_LENGTH = 50_000;

function title(raw: string): string {
  const value = raw.trim();
  if (value === '') throw invalid('title must not be empty');
  if (value.length > MAX_TITLE_LENGTH) throw invalid(`title must be at most ${MAX_TITLE_LENGTH} characters`);
  return value;
}

function description(raw: string | undefined): string {
  const value = (raw ?? '').trim();
  if (value.length > MAX_DESCRIPTION_LENGTH)
    throw invalid(`description must be at most ${MAX_DESCRIPTION_LENGTH} characters`);
  return value;
}

function requestStatus(raw: string): string {
  if (!REQUEST_STATUSES.includes(raw)) throw invalid(`request_status must be one of ${REQUEST_STATUSES.join(', ')}`);
  return raw;
}

/** No custom field is defined for feature requests, so any value named is for a field that does not exist. */
function checkCustomFields(input: UpdateFeatureRequestInput['custom_fields']): void {
  for (const entry of input ?? []) {
    const slug = entry.slug?.trim() ?? '';
    if (slug === '') throw invalid('custom_fields: every entry needs a slug');
    throw invalid(`custom_fields: there is no feature request custom field "${slug}"`);
  }
}

export async function requireFeatureRequest(db: Db, actor: Actor, id: string): Promise<FeatureRequest> {
  const request = await findFeatureRequestById(db, actor.workspaceId, id);
  if (!request) throw notFound('Feature request');
  return request;
}

async function saveChange(db: Db, actor: Actor, next: FeatureRequest) {
  return db.transaction().execute(async (trx) => {
    await requireFeatureRequest(trx, actor, next.id);
    await updateFeatureRequestRow(trx, next);
    const json = featureRequestJson(next);
    await recordEvent(trx, {
      workspaceId: actor.workspaceId,
      type: 'feature_request.updated',
      subjectId: next.id,
      payload: { feature_request: json },
    });
    return json;
  });
}

/**
 * A new request starts `new`. Evidence is not gathered here, so `should_auto_fetch_evidence` changes nothing and
 * the description given is kept.
 */
export async function createFeatureRequest(deps: Deps, actor: Actor, input: CreateFeatureRequestInput) {
  const now = nowIso();
  const request: FeatureRequest = {
    id: newId(),
    workspaceId: actor.workspaceId,
    title: title(input.title),
    description: description(input.description),
    requestStatus: 'new',
    customFields: {},
    portalAccountIds: [],
    createdAt: now,
    updatedAt: now,
  };
  return deps.store.db.transaction().execute(async (trx) => {
    await insertFeatureRequest(trx, request);
    const json = featureRequestJson(request);
    await recordEvent(trx, {
      workspaceId: actor.workspaceId,
      type: 'feature_request.created',
      subjectId: request.id,
      payload: { feature_request: json },
    });
    return json;
  });
}

export async function getFeatureRequest(deps: Deps, actor: Actor, id: string, withEvidence: boolean) {
  return featureRequestJson(await requireFeatureRequest(deps.store.db, actor, id), withEvidence);
}

export async function updateFeatureRequest(deps: Deps, actor: Actor, id: string, input: UpdateFeatureRequestInput) {
  const db = deps.store.db;
  const current = await requireFeatureRequest(db, actor, id);
  checkCustomFields(input.custom_fields);
  const status = input.request_status === undefined ? current.requestStatus : requestStatus(input.request_status);
  return saveChange(db, actor, { ...current, requestStatus: status, updatedAt: nowIso() });
}

/** Adds or removes accounts from those that see the request in the portal; repeating a change changes nothing. */
export async function setPortalVisibility(deps: Deps, actor: Actor, id: string, input: PortalVisibilityInput) {
  const db = deps.store.db;
  const current = await requireFeatureRequest(db, actor, id);
  const accountIds = [...new Set(input.account_ids.map((a) => a.trim()))];
  if (accountIds.length === 0 || accountIds.includes('')) throw invalid('account_ids must list account ids');
  for (const accountId of accountIds)
    if (!(await findAccountById(db, actor.workspaceId, accountId))) throw notFound('Account');
  const visible = input.visible
    ? [...current.portalAccountIds, ...accountIds.filter((a) => !current.portalAccountIds.includes(a))]
    : current.portalAccountIds.filter((a) => !accountIds.includes(a));
  if (visible.length === current.portalAccountIds.length && visible.every((a, i) => a === current.portalAccountIds[i]))
    return featureRequestJson(current);
  return saveChange(db, actor, { ...current, portalAccountIds: visible, updatedAt: nowIso() });
}

/** Deleting is permanent, so it is an admin's call, and audited. */
export async function deleteFeatureRequest(deps: Deps, actor: Actor, id: string): Promise<void> {
  await deps.store.db.transaction().execute(async (trx) => {
    const request = await requireFeatureRequest(trx, actor, id);
    await deleteFeatureRequestRow(trx, actor.workspaceId, id);
    await recordEvent(trx, {
      workspaceId: actor.workspaceId,
      type: 'feature_request.deleted',
      subjectId: id,
      payload: { feature_request: featureRequestJson(request) },
    });
    await recordAudit(trx, {
      workspaceId: actor.workspaceId,
      actorUserId: actor.userId,
      action: 'feature_request.deleted',
      objectType: 'feature_request',
      objectId: id,
    });
  });
}
